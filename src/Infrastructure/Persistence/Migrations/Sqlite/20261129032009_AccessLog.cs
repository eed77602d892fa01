using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pixyer.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AccessLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "access_log",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    subject_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    occurred_at = table.Column<long>(type: "INTEGER", nullable: false),
                    method = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    route_template = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ip_address = table.Column<string>(type: "TEXT", maxLength: 45, nullable: false),
                    ip_truncated = table.Column<bool>(type: "INTEGER", nullable: false),
                    device_type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    browser = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    operating_system = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    country = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    status_code = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_access_log", x => x.id);
                    table.ForeignKey(
                        name: "fk_access_log_accounts_subject_id",
                        column: x => x.subject_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_access_log_ip_truncated_occurred_at",
                table: "access_log",
                columns: new[] { "ip_truncated", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_access_log_subject_id_occurred_at",
                table: "access_log",
                columns: new[] { "subject_id", "occurred_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "access_log");
        }
    }
}
