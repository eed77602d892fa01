using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Domain.Common;
using Pixyer.Infrastructure.Persistence;

namespace Pixyer.Infrastructure.PersonalData;

/// <summary>
/// Searches every text column the model maps (strings, and collections stored as text) with a case-insensitive
/// <c>LIKE</c>, one count per column and value. It reads the model rather than the catalogue so that it works on
/// both providers; tables outside the model (Quartz's) hold no personal data.
/// </summary>
internal sealed class DatabasePersonalDataScan(PixyerDbContext db) : IPersonalDataScan
{
    public async Task<IReadOnlyList<string>> FindAsync(IReadOnlyCollection<string> values, CancellationToken cancellationToken)
    {
        var found = new List<string>();
        foreach (var (table, column) in ScannedColumns(db.Model))
        {
            foreach (var value in values.Where(v => v.Length > 0))
            {
                var sql = FormattableStringFactory.Create(
                    $"SELECT COUNT(*) AS \"Value\" FROM \"{table}\" WHERE lower(CAST(\"{column}\" AS TEXT)) LIKE {{0}} ESCAPE '\\'",
                    $"%{EscapeLike(value.ToLowerInvariant())}%");
                if (await db.Database.SqlQuery<int>(sql).SingleAsync(cancellationToken) > 0)
                {
                    found.Add($"{table}.{column}");
                    break;
                }
            }
        }

        return found;
    }

    private static IEnumerable<(string Table, string Column)> ScannedColumns(IModel model) =>
        model.GetEntityTypes()
            .Where(entity => !IsRetained(entity))
            .SelectMany(entity => entity.GetProperties()
                .Where(IsText)
                .Select(property => (Table: entity.GetTableName(), Column: property.GetColumnName())))
            .Where(c => c.Table is not null)
            .Select(c => (c.Table!, c.Column))
            .Distinct();

    /// <summary>An owned type (the certificate) is retained with its owner.</summary>
    private static bool IsRetained(IEntityType entity) =>
        (entity.FindOwnership()?.PrincipalEntityType ?? entity).ClrType.GetCustomAttribute<RetainedAfterErasureAttribute>() is not null;

    private static bool IsText(IProperty property)
    {
        var stored = property.GetTypeMapping().Converter?.ProviderClrType ?? property.ClrType;
        return stored == typeof(string) || property.IsPrimitiveCollection;
    }

    private static string EscapeLike(string value) => value.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
