using Pixyer.Application.Common;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Disclosures;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Disclosures;

/// <summary>
/// Who received the subject's data (S1, S3, X1), exported with the recipients' names, except a disclosure a legal
/// decision keeps from the subject (E1); erased with the account, withheld ones included (the legal request keeps the record).
/// </summary>
public sealed class DisclosuresPersonalData(IAppDbContext db) : SubjectRowsSource<Disclosure>
{
    public override string Category => "disclosures";

    public override IReadOnlyList<string> Obligations => ["S1", "S3", "X1"];

    protected override IQueryable<Disclosure> RowsOf(IReadOnlyCollection<AccountId> subjects) => db.Disclosures.Where(d => subjects.Contains(d.SubjectId));

    protected override IQueryable<object> Exported(IQueryable<Disclosure> rows) =>
        rows.Where(d => !d.WithheldFromSubject)
            .WithRecipients(db.Recipients)
            .OrderBy(d => d.DisclosedAt)
            .ThenBy(d => d.Id)
            .Select(d => new
            {
                d.Id,
                d.Recipient,
                Category = d.Category.ToString(),
                d.Country,
                Purpose = WireNames.Of(d.Purpose),
                LegalBasis = WireNames.Of(d.LegalBasis),
                DataCategories = Joined(d.DataCategories),
                d.Reference,
                d.CrossBorderMechanism,
                d.DisclosedAt,
            });

    // Evaluated after the query, as the export has always spelled them: wire names, comma-separated.
    private static string Joined(IEnumerable<DataCategory> categories) => string.Join(',', categories.Select(WireNames.Of));
}
