using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pixyer.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Backups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "backups",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    label = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    taken_at = table.Column<long>(type: "INTEGER", nullable: false),
                    expires_at = table.Column<long>(type: "INTEGER", nullable: false),
                    registered_at = table.Column<long>(type: "INTEGER", nullable: false),
                    replay_from = table.Column<long>(type: "INTEGER", nullable: false),
                    restored_at = table.Column<long>(type: "INTEGER", nullable: true),
                    replayed_through = table.Column<long>(type: "INTEGER", nullable: false),
                    replay_completed_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_backups", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_backups_expires_at",
                table: "backups",
                column: "expires_at");

            migrationBuilder.CreateIndex(
                name: "ix_backups_taken_at",
                table: "backups",
                column: "taken_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "backups");
        }
    }
}
