using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pixyer.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class BusinessTransfers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "business_transfer_subjects");

            migrationBuilder.DropTable(
                name: "business_transfers");
        }
    }
}
