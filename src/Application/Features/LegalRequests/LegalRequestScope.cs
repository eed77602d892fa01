using Pixyer.Application.Common.PersonalData;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.LegalRequests;

/// <summary>
/// What a legal request may ask for: the export categories of the registered personal-data sources, and for each the
/// data categories of the processing register its disclosure is recorded under (E1, S1). A source added without an
/// entry here cannot be requested (an architecture test names it).
/// </summary>
public static class LegalRequestScope
{
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<DataCategory>> DataCategoriesByExportCategory =
        new Dictionary<string, IReadOnlyList<DataCategory>>(StringComparer.Ordinal)
        {
            ["access-log"] = [DataCategory.DeviceAndAccess],
            ["ad-profile"] = [DataCategory.AdvertisingProfile],
            ["account"] = [DataCategory.Identity, DataCategory.Contact, DataCategory.DateOfBirth],
            ["analytics-events"] = [DataCategory.DeviceAndAccess],
            ["assets"] = [DataCategory.GeneratedAssets],
            ["audit-trail"] = [DataCategory.AuditTrail],
            ["campaign-mails"] = [DataCategory.Contact, DataCategory.Cookies],
            ["consents"] = [DataCategory.Consents],
            ["contacts"] = [DataCategory.Contacts],
            ["correction-requests"] = [DataCategory.Inquiries],
            ["delivered-mail"] = [DataCategory.Contact],
            ["disclosures"] = [DataCategory.Disclosures],
            ["exports"] = [DataCategory.AuditTrail],
            ["feedback"] = [DataCategory.Feedback],
            ["files"] = [DataCategory.Uploads, DataCategory.GeneratedAssets],
            ["generation-jobs"] = [DataCategory.GeneratedAssets],
            ["guardian-requests"] = [DataCategory.Identity, DataCategory.Contact],
            ["incident-notices"] = [DataCategory.AuditTrail],
            ["inquiries"] = [DataCategory.Inquiries, DataCategory.Contact],
            ["invoices"] = [DataCategory.Transactions],
            ["legal-holds"] = [DataCategory.Identity],
            ["messages"] = [DataCategory.Contact],
            ["model-feedback"] = [DataCategory.Feedback],
            ["payment-methods"] = [DataCategory.Payment],
            ["payment-transactions"] = [DataCategory.Transactions],
            ["policy-acceptances"] = [DataCategory.Consents],
            ["request-replays"] = [DataCategory.DeviceAndAccess],
            ["sessions"] = [DataCategory.DeviceAndAccess],
            ["showcases"] = [DataCategory.GeneratedAssets],
            ["subscriptions"] = [DataCategory.Transactions],
            ["survey-responses"] = [DataCategory.Surveys],
            ["uploads"] = [DataCategory.Uploads],
        };

    /// <summary>The categories a request may name: registered sources the table above maps, in order.</summary>
    public static IReadOnlyList<string> Requestable(IEnumerable<IPersonalDataSource> sources) =>
        sources.Select(s => s.Category).Where(DataCategoriesByExportCategory.ContainsKey).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>The processing register's data categories of <paramref name="exportCategories"/>, each once.</summary>
    public static IReadOnlyList<DataCategory> DataCategoriesOf(IEnumerable<string> exportCategories) =>
        exportCategories.SelectMany(c => DataCategoriesByExportCategory[c]).Distinct().Order().ToList();
}
