using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pixyer.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AdProfiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ad_profiles",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    owner_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    segments = table.Column<string>(type: "TEXT", nullable: false),
                    computed_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ad_profiles", x => x.id);
                    table.ForeignKey(
                        name: "fk_ad_profiles_accounts_owner_id",
                        column: x => x.owner_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_ad_profiles_owner_id",
                table: "ad_profiles",
                column: "owner_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ad_profiles");
        }
    }
}
