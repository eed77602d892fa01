using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pixyer.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AuditMerkleLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The hash chain stays, renamed, for LegacyAuditChainUpgrade: at start-up it verifies the chain once, makes it
            // the Merkle log's first batch and drops the old table. Its indexes go first, so the new table can take their names.
            migrationBuilder.DropIndex(name: "ix_audit_entries_actor_id", table: "audit_entries");
            migrationBuilder.DropIndex(name: "ix_audit_entries_occurred_at", table: "audit_entries");
            migrationBuilder.DropIndex(name: "ix_audit_entries_subject_id", table: "audit_entries");
            migrationBuilder.RenameTable(name: "audit_entries", newName: "legacy_audit_chain");

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    position = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    sequence = table.Column<long>(type: "INTEGER", nullable: true),
                    occurred_at = table.Column<long>(type: "INTEGER", nullable: false),
                    actor_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    actor_role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    subject_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    request_name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    problem_type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    correlation_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    leaf_hash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_entries", x => x.position);
                });

            migrationBuilder.CreateTable(
                name: "audit_checkpoints",
                columns: table => new
                {
                    tree_size = table.Column<long>(type: "INTEGER", nullable: false),
                    root_hash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    issued_at = table.Column<long>(type: "INTEGER", nullable: false),
                    previous_hash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    key_id = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    signature = table.Column<byte[]>(type: "BLOB", maxLength: 80, nullable: false),
                    witnessed_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_checkpoints", x => x.tree_size);
                });

            migrationBuilder.CreateTable(
                name: "audit_tree_nodes",
                columns: table => new
                {
                    level = table.Column<int>(type: "INTEGER", nullable: false),
                    index = table.Column<long>(type: "INTEGER", nullable: false),
                    hash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_tree_nodes", x => new { x.level, x.index });
                });

            migrationBuilder.CreateIndex(name: "ix_audit_entries_id", table: "audit_entries", column: "id", unique: true);
            migrationBuilder.CreateIndex(name: "ix_audit_entries_actor_id", table: "audit_entries", column: "actor_id");
            migrationBuilder.CreateIndex(name: "ix_audit_entries_occurred_at", table: "audit_entries", column: "occurred_at");
            migrationBuilder.CreateIndex(name: "ix_audit_entries_subject_id", table: "audit_entries", column: "subject_id");
            migrationBuilder.CreateIndex(name: "ix_audit_entries_sequence", table: "audit_entries", column: "sequence", unique: true);
            migrationBuilder.CreateIndex(name: "ix_audit_entries_unsequenced", table: "audit_entries", column: "position", filter: "sequence IS NULL");
            migrationBuilder.CreateIndex(name: "ix_audit_checkpoints_previous_hash", table: "audit_checkpoints", column: "previous_hash", unique: true);
            migrationBuilder.CreateIndex(name: "ix_audit_checkpoints_witnessed_at", table: "audit_checkpoints", column: "witnessed_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The Merkle log does not turn back into a hash chain: the old table comes back empty.
            migrationBuilder.DropTable(name: "audit_checkpoints");
            migrationBuilder.DropTable(name: "audit_tree_nodes");
            migrationBuilder.DropTable(name: "audit_entries");
            migrationBuilder.Sql("DROP TABLE IF EXISTS legacy_audit_chain");
            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    occurred_at = table.Column<long>(type: "INTEGER", nullable: false),
                    actor_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    actor_role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    subject_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    request_name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    problem_type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    correlation_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    previous_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_entries", x => x.sequence);
                });
            migrationBuilder.CreateIndex(name: "ix_audit_entries_actor_id", table: "audit_entries", column: "actor_id");
            migrationBuilder.CreateIndex(name: "ix_audit_entries_occurred_at", table: "audit_entries", column: "occurred_at");
            migrationBuilder.CreateIndex(name: "ix_audit_entries_subject_id", table: "audit_entries", column: "subject_id");
        }
    }
}
