using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pixyer.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Erasure : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "deletion_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    subject_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    origin = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    token_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    requested_at = table.Column<long>(type: "INTEGER", nullable: false),
                    held_at = table.Column<long>(type: "INTEGER", nullable: true),
                    erased_at = table.Column<long>(type: "INTEGER", nullable: true),
                    completed_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_deletion_requests", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "erasure_ledger",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    subject_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    erased_at = table.Column<long>(type: "INTEGER", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_erasure_ledger", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rights_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    subject_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    received_at = table.Column<long>(type: "INTEGER", nullable: false),
                    due_at = table.Column<long>(type: "INTEGER", nullable: false),
                    extended_at = table.Column<long>(type: "INTEGER", nullable: true),
                    extension_reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    closed_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rights_requests", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "deletion_certificates",
                columns: table => new
                {
                    request_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    issued_at = table.Column<long>(type: "INTEGER", nullable: false),
                    categories_erased = table.Column<string>(type: "TEXT", nullable: false),
                    retained = table.Column<string>(type: "TEXT", nullable: false),
                    findings = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_deletion_certificates", x => x.request_id);
                    table.ForeignKey(
                        name: "fk_deletion_certificates_deletion_requests_request_id",
                        column: x => x.request_id,
                        principalTable: "deletion_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_deletion_requests_status_requested_at",
                table: "deletion_requests",
                columns: new[] { "status", "requested_at" });

            migrationBuilder.CreateIndex(
                name: "ix_deletion_requests_subject_id",
                table: "deletion_requests",
                column: "subject_id");

            migrationBuilder.CreateIndex(
                name: "ix_erasure_ledger_erased_at",
                table: "erasure_ledger",
                column: "erased_at");

            migrationBuilder.CreateIndex(
                name: "ix_rights_requests_closed_at_due_at",
                table: "rights_requests",
                columns: new[] { "closed_at", "due_at" });

            migrationBuilder.CreateIndex(
                name: "ix_rights_requests_subject_id",
                table: "rights_requests",
                column: "subject_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "deletion_certificates");

            migrationBuilder.DropTable(
                name: "erasure_ledger");

            migrationBuilder.DropTable(
                name: "rights_requests");

            migrationBuilder.DropTable(
                name: "deletion_requests");
        }
    }
}
