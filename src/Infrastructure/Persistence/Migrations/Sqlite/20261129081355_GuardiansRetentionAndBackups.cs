using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pixyer.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class GuardiansRetentionAndBackups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_accounts_normalized_email",
                table: "accounts");

            migrationBuilder.DropIndex(
                name: "ix_accounts_normalized_username",
                table: "accounts");

            migrationBuilder.CreateTable(
                name: "backups",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    label = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    taken_at = table.Column<long>(type: "INTEGER", nullable: false),
                    expires_at = table.Column<long>(type: "INTEGER", nullable: false),
                    registered_at = table.Column<long>(type: "INTEGER", nullable: false),
                    replay_from = table.Column<long>(type: "INTEGER", nullable: false),
                    restored_at = table.Column<long>(type: "INTEGER", nullable: true),
                    replayed_through = table.Column<long>(type: "INTEGER", nullable: false),
                    replay_completed_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_backups", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "correction_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    subject_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    logged_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    received_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_correction_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_correction_requests_accounts_subject_id",
                        column: x => x.subject_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "guardian_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    guardian_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    guardian_email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    minor_identifier = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    relationship = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    statement = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    received_at = table.Column<long>(type: "INTEGER", nullable: false),
                    subject_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    decided_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    decided_at = table.Column<long>(type: "INTEGER", nullable: true),
                    rejection_reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_guardian_requests", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_accounts_normalized_email",
                table: "accounts",
                column: "normalized_email",
                unique: true,
                filter: "status <> 'Erased'");

            migrationBuilder.CreateIndex(
                name: "ix_accounts_normalized_username",
                table: "accounts",
                column: "normalized_username",
                unique: true,
                filter: "status <> 'Erased'");

            migrationBuilder.CreateIndex(
                name: "ix_accounts_retention_clock_started_at",
                table: "accounts",
                column: "retention_clock_started_at");

            migrationBuilder.CreateIndex(
                name: "ix_backups_expires_at",
                table: "backups",
                column: "expires_at");

            migrationBuilder.CreateIndex(
                name: "ix_backups_taken_at",
                table: "backups",
                column: "taken_at");

            migrationBuilder.CreateIndex(
                name: "ix_correction_requests_subject_id",
                table: "correction_requests",
                column: "subject_id");

            migrationBuilder.CreateIndex(
                name: "ix_guardian_requests_decided_at",
                table: "guardian_requests",
                column: "decided_at");

            migrationBuilder.CreateIndex(
                name: "ix_guardian_requests_status_received_at",
                table: "guardian_requests",
                columns: new[] { "status", "received_at" });

            migrationBuilder.CreateIndex(
                name: "ix_guardian_requests_subject_id",
                table: "guardian_requests",
                column: "subject_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "backups");

            migrationBuilder.DropTable(
                name: "correction_requests");

            migrationBuilder.DropTable(
                name: "guardian_requests");

            migrationBuilder.DropIndex(
                name: "ix_accounts_normalized_email",
                table: "accounts");

            migrationBuilder.DropIndex(
                name: "ix_accounts_normalized_username",
                table: "accounts");

            migrationBuilder.DropIndex(
                name: "ix_accounts_retention_clock_started_at",
                table: "accounts");

            migrationBuilder.CreateIndex(
                name: "ix_accounts_normalized_email",
                table: "accounts",
                column: "normalized_email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_accounts_normalized_username",
                table: "accounts",
                column: "normalized_username",
                unique: true);
        }
    }
}
