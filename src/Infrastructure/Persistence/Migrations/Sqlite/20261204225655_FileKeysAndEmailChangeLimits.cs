using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pixyer.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FileKeysAndEmailChangeLimits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "revoked_at",
                table: "email_verification_tokens",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "sealed_verification_values",
                table: "deletion_requests",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "scanned",
                table: "deletion_certificates",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.CreateTable(
                name: "file_keys",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    subject_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    sealed_key = table.Column<byte[]>(type: "BLOB", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_file_keys", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_file_keys_subject_id",
                table: "file_keys",
                column: "subject_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "file_keys");

            migrationBuilder.DropColumn(
                name: "revoked_at",
                table: "email_verification_tokens");

            migrationBuilder.DropColumn(
                name: "sealed_verification_values",
                table: "deletion_requests");

            migrationBuilder.DropColumn(
                name: "scanned",
                table: "deletion_certificates");
        }
    }
}
