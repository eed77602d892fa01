using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pixyer.Infrastructure.Persistence.Migrations.Postgres
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    format = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    purpose_description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    requested_k = table.Column<int>(type: "integer", nullable: false),
                    achieved_k = table.Column<int>(type: "integer", nullable: false),
                    age_band_years = table.Column<int>(type: "integer", nullable: false),
                    sign_up_period = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    country_detail = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    plan_detail = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    rows = table.Column<int>(type: "integer", nullable: false),
                    suppressed = table.Column<int>(type: "integer", nullable: false),
                    file_key = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    length = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
