using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pixyer.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TypedDomain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string[]>(
                name: "rendered_formats",
                table: "generation_jobs",
                type: "character varying(32)[]",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(128)",
                oldMaxLength: 128);

            migrationBuilder.AlterColumn<string[]>(
                name: "formats",
                table: "generation_jobs",
                type: "character varying(32)[]",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(128)",
                oldMaxLength: 128);

            migrationBuilder.AlterColumn<string[]>(
                name: "data_categories",
                table: "disclosures",
                type: "character varying(64)[]",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(500)",
                oldMaxLength: 500);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "rendered_formats",
                table: "generation_jobs",
                type: "character varying(128)",
                maxLength: 128,
                nullable: false,
                oldClrType: typeof(string[]),
                oldType: "character varying(32)[]");

            migrationBuilder.AlterColumn<string>(
                name: "formats",
                table: "generation_jobs",
                type: "character varying(128)",
                maxLength: 128,
                nullable: false,
                oldClrType: typeof(string[]),
                oldType: "character varying(32)[]");

            migrationBuilder.AlterColumn<string>(
                name: "data_categories",
                table: "disclosures",
                type: "character varying(500)",
                maxLength: 500,
                nullable: false,
                oldClrType: typeof(string[]),
                oldType: "character varying(64)[]");
        }
    }
}
