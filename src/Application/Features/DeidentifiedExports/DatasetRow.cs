using Pixyer.Domain.Deidentification;

namespace Pixyer.Application.Features.DeidentifiedExports;

/// <summary>One line of a dataset: the pseudonym, the generalised quasi-identifiers and the usage bands.</summary>
public sealed record DatasetRow(string Pseudonym, GeneralisedQuasiIdentifiers Class, string Uploads, string Generations)
{
    /// <summary>The rows <paramref name="anonymity"/> keeps, generalised, in pseudonym order: the order says nothing about sign-up.</summary>
    public static IEnumerable<DatasetRow> Of(IEnumerable<PseudonymousRow> rows, KAnonymity anonymity) =>
        rows.Select(r => (Row: r, Class: anonymity.ClassOf(r.QuasiIdentifiers)))
            .Where(r => r.Class is not null)
            .Select(r => new DatasetRow(r.Row.Pseudonym, r.Class!.Value, r.Row.Uploads, r.Row.Generations))
            .OrderBy(r => r.Pseudonym, StringComparer.Ordinal);
}
