using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pixyer.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DisclosureRestrictions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "withheld_from_subject",
                table: "disclosures",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "scope",
                table: "consent_events",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "business_transfers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    new_holder_id = table.Column<Guid>(type: "uuid", nullable: false),
                    new_holder_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    new_holder_contact = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    new_holder_country = table.Column<string>(type: "character(2)", fixedLength: true, maxLength: 2, nullable: false),
                    binding_undertaking = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    effective_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    selector = table.Column<string>(type: "text", nullable: false),
                    affected_count = table.Column<int>(type: "integer", nullable: false),
                    changed_purposes = table.Column<string[]>(type: "character varying(64)[]", nullable: false),
                    declared_by = table.Column<Guid>(type: "uuid", nullable: false),
                    declared_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_business_transfers", x => x.id);
                    table.ForeignKey(
                        name: "fk_business_transfers_recipients_new_holder_id",
                        column: x => x.new_holder_id,
                        principalTable: "recipients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "legal_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    authority_id = table.Column<Guid>(type: "uuid", nullable: false),
                    authority_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    authority_country = table.Column<string>(type: "character(2)", fixedLength: true, maxLength: 2, nullable: false),
                    legal_basis_text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    document_reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    categories = table.Column<string[]>(type: "character varying(64)[]", nullable: false),
                    reviewer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    recorded_by = table.Column<Guid>(type: "uuid", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    document_content_type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    document_length = table.Column<long>(type: "bigint", nullable: true),
                    document_sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    document_attached_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    decided_by = table.Column<Guid>(type: "uuid", nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    refusal_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    notify_subjects = table.Column<bool>(type: "boolean", nullable: true),
                    withholding_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    export_length = table.Column<long>(type: "bigint", nullable: true),
                    export_sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_legal_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_legal_requests_recipients_authority_id",
                        column: x => x.authority_id,
                        principalTable: "recipients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "showcases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    asset_id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_showcases", x => x.id);
                    table.ForeignKey(
                        name: "fk_showcases_assets_asset_id",
                        column: x => x.asset_id,
                        principalTable: "assets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "business_transfer_subjects",
                columns: table => new
                {
                    transfer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject_id = table.Column<Guid>(type: "uuid", nullable: false),
                    notified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    notice_id = table.Column<Guid>(type: "uuid", nullable: true),
                    took_effect_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_business_transfer_subjects", x => new { x.transfer_id, x.subject_id });
                    table.ForeignKey(
                        name: "fk_business_transfer_subjects_business_transfers_transfer_id",
                        column: x => x.transfer_id,
                        principalTable: "business_transfers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "legal_request_documents",
                columns: table => new
                {
                    legal_request_id = table.Column<Guid>(type: "uuid", nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_legal_request_documents", x => x.legal_request_id);
                    table.ForeignKey(
                        name: "fk_legal_request_documents_legal_requests_legal_request_id",
                        column: x => x.legal_request_id,
                        principalTable: "legal_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "legal_request_exports",
                columns: table => new
                {
                    legal_request_id = table.Column<Guid>(type: "uuid", nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_legal_request_exports", x => x.legal_request_id);
                    table.ForeignKey(
                        name: "fk_legal_request_exports_legal_requests_legal_request_id",
                        column: x => x.legal_request_id,
                        principalTable: "legal_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "legal_request_subjects",
                columns: table => new
                {
                    legal_request_id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_legal_request_subjects", x => new { x.legal_request_id, x.subject_id });
                    table.ForeignKey(
                        name: "fk_legal_request_subjects_legal_requests_legal_request_id",
                        column: x => x.legal_request_id,
                        principalTable: "legal_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_business_transfer_subjects_subject_id_transfer_id",
                table: "business_transfer_subjects",
                columns: new[] { "subject_id", "transfer_id" },
                filter: "took_effect_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_business_transfer_subjects_transfer_id_subject_id",
                table: "business_transfer_subjects",
                columns: new[] { "transfer_id", "subject_id" },
                filter: "notified_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_business_transfers_declared_at",
                table: "business_transfers",
                column: "declared_at");

            migrationBuilder.CreateIndex(
                name: "ix_business_transfers_new_holder_id_kind_effective_at",
                table: "business_transfers",
                columns: new[] { "new_holder_id", "kind", "effective_at" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_legal_request_subjects_subject_id",
                table: "legal_request_subjects",
                column: "subject_id");

            migrationBuilder.CreateIndex(
                name: "ix_legal_requests_authority_id",
                table: "legal_requests",
                column: "authority_id");

            migrationBuilder.CreateIndex(
                name: "ix_legal_requests_received_at",
                table: "legal_requests",
                column: "received_at");

            migrationBuilder.CreateIndex(
                name: "ix_legal_requests_status_received_at",
                table: "legal_requests",
                columns: new[] { "status", "received_at" });

            migrationBuilder.CreateIndex(
                name: "ix_showcases_asset_id",
                table: "showcases",
                column: "asset_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_showcases_owner_id",
                table: "showcases",
                column: "owner_id");

            migrationBuilder.CreateIndex(
                name: "ix_showcases_published_at",
                table: "showcases",
                column: "published_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "business_transfer_subjects");

            migrationBuilder.DropTable(
                name: "legal_request_documents");

            migrationBuilder.DropTable(
                name: "legal_request_exports");

            migrationBuilder.DropTable(
                name: "legal_request_subjects");

            migrationBuilder.DropTable(
                name: "showcases");

            migrationBuilder.DropTable(
                name: "business_transfers");

            migrationBuilder.DropTable(
                name: "legal_requests");

            migrationBuilder.DropColumn(
                name: "withheld_from_subject",
                table: "disclosures");

            migrationBuilder.DropColumn(
                name: "scope",
                table: "consent_events");
        }
    }
}
