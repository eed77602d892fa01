using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pixyer.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Anonymization : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_accounts_normalized_email",
                table: "accounts");

            migrationBuilder.DropIndex(
                name: "ix_accounts_normalized_username",
                table: "accounts");

            migrationBuilder.CreateIndex(
                name: "ix_accounts_normalized_email",
                table: "accounts",
                column: "normalized_email",
                unique: true,
                filter: "status <> 'Erased'");

            migrationBuilder.CreateIndex(
                name: "ix_accounts_normalized_username",
                table: "accounts",
                column: "normalized_username",
                unique: true,
                filter: "status <> 'Erased'");

            migrationBuilder.CreateIndex(
                name: "ix_accounts_retention_clock_started_at",
                table: "accounts",
                column: "retention_clock_started_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_accounts_normalized_email",
                table: "accounts");

            migrationBuilder.DropIndex(
                name: "ix_accounts_normalized_username",
                table: "accounts");

            migrationBuilder.DropIndex(
                name: "ix_accounts_retention_clock_started_at",
                table: "accounts");

            migrationBuilder.CreateIndex(
                name: "ix_accounts_normalized_email",
                table: "accounts",
                column: "normalized_email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_accounts_normalized_username",
                table: "accounts",
                column: "normalized_username",
                unique: true);
        }
    }
}
