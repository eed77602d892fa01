using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pixyer.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ServiceFeedback : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "service_feedback",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    author_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    service = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    reference = table.Column<Guid>(type: "TEXT", nullable: true),
                    rating = table.Column<int>(type: "INTEGER", nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    given_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_service_feedback", x => x.id);
                    table.ForeignKey(
                        name: "fk_service_feedback_accounts_author_id",
                        column: x => x.author_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_service_feedback_author_id_given_at",
                table: "service_feedback",
                columns: new[] { "author_id", "given_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "service_feedback");
        }
    }
}
