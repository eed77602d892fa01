using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pixyer.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RightsAndRetention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "inactivity_warned_at",
                table: "accounts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "last_active_at",
                table: "accounts",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "retention_clock_started_at",
                table: "accounts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "data_exports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    progress = table.Column<int>(type: "integer", nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    available_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    archive_key = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    archive_length = table.Column<long>(type: "bigint", nullable: true),
                    failure_reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ready_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_exports", x => x.id);
                    table.ForeignKey(
                        name: "fk_data_exports_accounts_subject_id",
                        column: x => x.subject_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "job_runs",
                columns: table => new
                {
                    job_key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    error_type = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    node = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_job_runs", x => x.job_key);
                });

            migrationBuilder.CreateTable(
                name: "legal_holds",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    placed_by = table.Column<Guid>(type: "uuid", nullable: false),
                    placed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    lifted_by = table.Column<Guid>(type: "uuid", nullable: true),
                    lifted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    lift_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_legal_holds", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_accounts_status_last_active_at",
                table: "accounts",
                columns: new[] { "status", "last_active_at" });

            migrationBuilder.CreateIndex(
                name: "ix_data_exports_status_available_at",
                table: "data_exports",
                columns: new[] { "status", "available_at" });

            migrationBuilder.CreateIndex(
                name: "ix_data_exports_subject_id",
                table: "data_exports",
                column: "subject_id");

            migrationBuilder.CreateIndex(
                name: "ix_legal_holds_subject_id",
                table: "legal_holds",
                column: "subject_id");

            migrationBuilder.CreateIndex(
                name: "ix_legal_holds_subject_id1",
                table: "legal_holds",
                column: "subject_id",
                unique: true,
                filter: "lifted_at IS NULL");

            // Existing accounts count as active since their creation, not since year 1 (R1).
            migrationBuilder.Sql("UPDATE accounts SET last_active_at = created_at;");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "data_exports");

            migrationBuilder.DropTable(
                name: "job_runs");

            migrationBuilder.DropTable(
                name: "legal_holds");

            migrationBuilder.DropIndex(
                name: "ix_accounts_status_last_active_at",
                table: "accounts");

            migrationBuilder.DropColumn(
                name: "inactivity_warned_at",
                table: "accounts");

            migrationBuilder.DropColumn(
                name: "last_active_at",
                table: "accounts");

            migrationBuilder.DropColumn(
                name: "retention_clock_started_at",
                table: "accounts");
        }
    }
}
