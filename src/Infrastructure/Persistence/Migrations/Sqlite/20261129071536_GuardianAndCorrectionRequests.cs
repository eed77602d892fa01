using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pixyer.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class GuardianAndCorrectionRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "correction_requests");

            migrationBuilder.DropTable(
                name: "guardian_requests");
        }
    }
}
