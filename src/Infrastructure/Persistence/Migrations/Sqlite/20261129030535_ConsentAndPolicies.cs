using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pixyer.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ConsentAndPolicies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "consent_purpose",
                table: "outbox_messages",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "analytics_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    subject_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    visitor_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    page = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    element = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    occurred_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_analytics_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "consent_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    subject_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    visitor_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    purpose = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    granted = table.Column<bool>(type: "INTEGER", nullable: false),
                    policy_version = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    occurred_at = table.Column<long>(type: "INTEGER", nullable: false),
                    client_network = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consent_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "model_feedback",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    subject_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    rating = table.Column<int>(type: "INTEGER", nullable: false),
                    comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    submitted_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_model_feedback", x => x.id);
                    table.ForeignKey(
                        name: "fk_model_feedback_accounts_subject_id",
                        column: x => x.subject_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "policy_versions",
                columns: table => new
                {
                    version = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    effective_at = table.Column<long>(type: "INTEGER", nullable: false),
                    significant = table.Column<bool>(type: "INTEGER", nullable: false),
                    text = table.Column<string>(type: "TEXT", nullable: false),
                    published_at = table.Column<long>(type: "INTEGER", nullable: false),
                    published_by = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_policy_versions", x => x.version);
                });

            migrationBuilder.CreateTable(
                name: "policy_acceptances",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    account_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    accepted_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_policy_acceptances", x => x.id);
                    table.ForeignKey(
                        name: "fk_policy_acceptances_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_policy_acceptances_policy_versions_version",
                        column: x => x.version,
                        principalTable: "policy_versions",
                        principalColumn: "version",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_analytics_events_subject_id",
                table: "analytics_events",
                column: "subject_id");

            migrationBuilder.CreateIndex(
                name: "ix_analytics_events_visitor_id",
                table: "analytics_events",
                column: "visitor_id");

            migrationBuilder.CreateIndex(
                name: "ix_consent_events_subject_id_purpose_id",
                table: "consent_events",
                columns: new[] { "subject_id", "purpose", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_consent_events_visitor_id_purpose_id",
                table: "consent_events",
                columns: new[] { "visitor_id", "purpose", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_model_feedback_subject_id",
                table: "model_feedback",
                column: "subject_id");

            migrationBuilder.CreateIndex(
                name: "ix_policy_acceptances_account_id_version",
                table: "policy_acceptances",
                columns: new[] { "account_id", "version" });

            migrationBuilder.CreateIndex(
                name: "ix_policy_acceptances_version",
                table: "policy_acceptances",
                column: "version");

            migrationBuilder.CreateIndex(
                name: "ix_policy_versions_effective_at",
                table: "policy_versions",
                column: "effective_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "analytics_events");

            migrationBuilder.DropTable(
                name: "consent_events");

            migrationBuilder.DropTable(
                name: "model_feedback");

            migrationBuilder.DropTable(
                name: "policy_acceptances");

            migrationBuilder.DropTable(
                name: "policy_versions");

            migrationBuilder.DropColumn(
                name: "consent_purpose",
                table: "outbox_messages");
        }
    }
}
