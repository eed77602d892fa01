using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pixyer.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Incidents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "incidents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    declared_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    declared_at = table.Column<long>(type: "INTEGER", nullable: false),
                    discovered_at = table.Column<long>(type: "INTEGER", nullable: false),
                    occurred_from = table.Column<long>(type: "INTEGER", nullable: true),
                    occurred_to = table.Column<long>(type: "INTEGER", nullable: true),
                    nature = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    data_categories = table.Column<string>(type: "TEXT", nullable: false),
                    systems = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    likely_consequences = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    measures_taken = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    measures_proposed = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    subject_advice = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    contact_point = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    affected_selector = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    affected_count = table.Column<int>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    report_due_at = table.Column<long>(type: "INTEGER", nullable: false),
                    reminders_sent = table.Column<int>(type: "INTEGER", nullable: false),
                    overdue_recorded = table.Column<bool>(type: "INTEGER", nullable: false),
                    notification_requested_at = table.Column<long>(type: "INTEGER", nullable: true),
                    mailed_count = table.Column<int>(type: "INTEGER", nullable: false),
                    public_notice_only_count = table.Column<int>(type: "INTEGER", nullable: false),
                    notification_completed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    public_notice_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_incidents", x => x.id);
                    table.ForeignKey(
                        name: "fk_incidents_public_notices_public_notice_id",
                        column: x => x.public_notice_id,
                        principalTable: "public_notices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "incident_affected_subjects",
                columns: table => new
                {
                    incident_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    subject_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    notified_at = table.Column<long>(type: "INTEGER", nullable: true),
                    mail_message_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_incident_affected_subjects", x => new { x.incident_id, x.subject_id });
                    table.ForeignKey(
                        name: "fk_incident_affected_subjects_accounts_subject_id",
                        column: x => x.subject_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_incident_affected_subjects_incidents_incident_id",
                        column: x => x.incident_id,
                        principalTable: "incidents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "incident_event",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    incident_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    actor_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    occurred_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_incident_event", x => x.id);
                    table.ForeignKey(
                        name: "fk_incident_event_incidents_incident_id",
                        column: x => x.incident_id,
                        principalTable: "incidents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "regulator_reports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    incident_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    authority = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    reference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    phase = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    sent_at = table.Column<long>(type: "INTEGER", nullable: false),
                    content = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    delay_reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    recorded_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_regulator_reports", x => x.id);
                    table.ForeignKey(
                        name: "fk_regulator_reports_incidents_incident_id",
                        column: x => x.incident_id,
                        principalTable: "incidents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_incident_affected_subjects_incident_id_notified_at",
                table: "incident_affected_subjects",
                columns: new[] { "incident_id", "notified_at" });

            migrationBuilder.CreateIndex(
                name: "ix_incident_affected_subjects_subject_id",
                table: "incident_affected_subjects",
                column: "subject_id");

            migrationBuilder.CreateIndex(
                name: "ix_incident_event_incident_id_occurred_at",
                table: "incident_event",
                columns: new[] { "incident_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_incidents_declared_at",
                table: "incidents",
                column: "declared_at");

            migrationBuilder.CreateIndex(
                name: "ix_incidents_public_notice_id",
                table: "incidents",
                column: "public_notice_id");

            migrationBuilder.CreateIndex(
                name: "ix_incidents_report_due_at",
                table: "incidents",
                column: "report_due_at");

            migrationBuilder.CreateIndex(
                name: "ix_regulator_reports_incident_id_sent_at",
                table: "regulator_reports",
                columns: new[] { "incident_id", "sent_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "incident_affected_subjects");

            migrationBuilder.DropTable(
                name: "incident_event");

            migrationBuilder.DropTable(
                name: "regulator_reports");

            migrationBuilder.DropTable(
                name: "incidents");
        }
    }
}
