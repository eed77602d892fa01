using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pixyer.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DeidentifiedExports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "deidentified_exports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    format = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    purpose_description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    requested_k = table.Column<int>(type: "INTEGER", nullable: false),
                    achieved_k = table.Column<int>(type: "INTEGER", nullable: false),
                    age_band_years = table.Column<int>(type: "INTEGER", nullable: false),
                    sign_up_period = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    country_detail = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    plan_detail = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    rows = table.Column<int>(type: "INTEGER", nullable: false),
                    suppressed = table.Column<int>(type: "INTEGER", nullable: false),
                    file_key = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    length = table.Column<long>(type: "INTEGER", nullable: false),
                    sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    created_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_deidentified_exports", x => x.id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "deidentified_exports");
        }
    }
}
