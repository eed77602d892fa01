using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pixyer.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Inquiries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "inquiries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    requester_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    requester_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    requester_email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    email_verified_at = table.Column<long>(type: "INTEGER", nullable: true),
                    pseudonym = table.Column<Guid>(type: "TEXT", nullable: true),
                    assignee_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    received_at = table.Column<long>(type: "INTEGER", nullable: false),
                    closed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    deadline_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inquiries", x => x.id);
                    table.ForeignKey(
                        name: "fk_inquiries_rights_requests_deadline_id",
                        column: x => x.deadline_id,
                        principalTable: "rights_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "inquiry_messages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    inquiry_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    staff_author_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    from_staff = table.Column<bool>(type: "INTEGER", nullable: false),
                    is_verification_question = table.Column<bool>(type: "INTEGER", nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    attachment_key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    attachment_content_type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    sent_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inquiry_messages", x => x.id);
                    table.ForeignKey(
                        name: "fk_inquiry_messages_inquiries_inquiry_id",
                        column: x => x.inquiry_id,
                        principalTable: "inquiries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_inquiries_assignee_id",
                table: "inquiries",
                column: "assignee_id");

            migrationBuilder.CreateIndex(
                name: "ix_inquiries_deadline_id",
                table: "inquiries",
                column: "deadline_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_inquiries_requester_id_received_at",
                table: "inquiries",
                columns: new[] { "requester_id", "received_at" });

            migrationBuilder.CreateIndex(
                name: "ix_inquiries_status_received_at",
                table: "inquiries",
                columns: new[] { "status", "received_at" });

            migrationBuilder.CreateIndex(
                name: "ix_inquiry_messages_inquiry_id_sent_at",
                table: "inquiry_messages",
                columns: new[] { "inquiry_id", "sent_at" });

            migrationBuilder.CreateIndex(
                name: "ix_inquiry_messages_staff_author_id",
                table: "inquiry_messages",
                column: "staff_author_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inquiry_messages");

            migrationBuilder.DropTable(
                name: "inquiries");
        }
    }
}
