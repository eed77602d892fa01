using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pixyer.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Service : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "recipients",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    country = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 2, nullable: false),
                    security_assessed_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    transfer_mechanism = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    active = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_recipients", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "uploads",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    owner_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    original_name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    width = table.Column<int>(type: "INTEGER", nullable: false),
                    height = table.Column<int>(type: "INTEGER", nullable: false),
                    length = table.Column<long>(type: "INTEGER", nullable: false),
                    sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    file_key = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    thumbnail_key = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    uploaded_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_uploads", x => x.id);
                    table.ForeignKey(
                        name: "fk_uploads_accounts_owner_id",
                        column: x => x.owner_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "disclosures",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    subject_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    recipient_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    purpose = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    legal_basis = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    data_categories = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    cross_border_mechanism = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    disclosed_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_disclosures", x => x.id);
                    table.ForeignKey(
                        name: "fk_disclosures_accounts_subject_id",
                        column: x => x.subject_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_disclosures_recipients_recipient_id",
                        column: x => x.recipient_id,
                        principalTable: "recipients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "generation_jobs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    owner_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    upload_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    template = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    formats = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    rendered_formats = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    headline = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    progress = table.Column<int>(type: "INTEGER", nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    claimed_by = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    available_at = table.Column<long>(type: "INTEGER", nullable: false),
                    failure_reason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    completed_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_generation_jobs", x => x.id);
                    table.ForeignKey(
                        name: "fk_generation_jobs_accounts_owner_id",
                        column: x => x.owner_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_generation_jobs_uploads_upload_id",
                        column: x => x.upload_id,
                        principalTable: "uploads",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "assets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    owner_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    upload_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    generation_job_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    template = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    format = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    width = table.Column<int>(type: "INTEGER", nullable: false),
                    height = table.Column<int>(type: "INTEGER", nullable: false),
                    length = table.Column<long>(type: "INTEGER", nullable: false),
                    sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    file_key = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assets", x => x.id);
                    table.ForeignKey(
                        name: "fk_assets_accounts_owner_id",
                        column: x => x.owner_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_assets_generation_jobs_generation_job_id",
                        column: x => x.generation_job_id,
                        principalTable: "generation_jobs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_assets_uploads_upload_id",
                        column: x => x.upload_id,
                        principalTable: "uploads",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "ix_assets_generation_job_id_format",
                table: "assets",
                columns: new[] { "generation_job_id", "format" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_assets_owner_id_created_at",
                table: "assets",
                columns: new[] { "owner_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_assets_upload_id",
                table: "assets",
                column: "upload_id");

            migrationBuilder.CreateIndex(
                name: "ix_disclosures_recipient_id",
                table: "disclosures",
                column: "recipient_id");

            migrationBuilder.CreateIndex(
                name: "ix_disclosures_subject_id_disclosed_at",
                table: "disclosures",
                columns: new[] { "subject_id", "disclosed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_generation_jobs_owner_id",
                table: "generation_jobs",
                column: "owner_id");

            migrationBuilder.CreateIndex(
                name: "ix_generation_jobs_status_available_at",
                table: "generation_jobs",
                columns: new[] { "status", "available_at" });

            migrationBuilder.CreateIndex(
                name: "ix_generation_jobs_upload_id",
                table: "generation_jobs",
                column: "upload_id");

            migrationBuilder.CreateIndex(
                name: "ix_recipients_key",
                table: "recipients",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_uploads_owner_id_uploaded_at",
                table: "uploads",
                columns: new[] { "owner_id", "uploaded_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assets");

            migrationBuilder.DropTable(
                name: "disclosures");

            migrationBuilder.DropTable(
                name: "generation_jobs");

            migrationBuilder.DropTable(
                name: "recipients");

            migrationBuilder.DropTable(
                name: "uploads");
        }
    }
}
