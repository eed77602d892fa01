using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pixyer.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TypedDomain : Migration
    {
        // PostgreSQL casts no text to an array by itself: the comma-joined lists are split on the way up, joined on the way down.
        private static readonly (string Table, string Column, int ElementLength, int JoinedLength)[] Lists =
        [
            ("generation_jobs", "formats", 32, 128),
            ("generation_jobs", "rendered_formats", 32, 128),
            ("disclosures", "data_categories", 64, 500),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var (table, column, elementLength, _) in Lists)
            {
                migrationBuilder.Sql(
                    $"ALTER TABLE {table} ALTER COLUMN {column} TYPE character varying({elementLength})[] USING string_to_array({column}, ',');");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (table, column, _, joinedLength) in Lists)
            {
                migrationBuilder.Sql(
                    $"ALTER TABLE {table} ALTER COLUMN {column} TYPE character varying({joinedLength}) USING array_to_string({column}, ',');");
            }
        }
    }
}
