using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pixyer.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FileKeysAndEmailChangeLimits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "revoked_at",
                table: "email_verification_tokens",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "sealed_verification_values",
                table: "deletion_requests",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "scanned",
                table: "deletion_certificates",
                type: "text[]",
                nullable: false,
                // Certificates issued before the raw-bytes scan existed scanned nothing of the kind (SQLite's has the same default).
                defaultValueSql: "'{}'");

            migrationBuilder.CreateTable(
                name: "file_keys",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sealed_key = table.Column<byte[]>(type: "bytea", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
