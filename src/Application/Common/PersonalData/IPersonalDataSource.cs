using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Common.PersonalData;

/// <summary>
/// One feature's personal data, as the rights machinery sees it. Export, erasure, retention anonymization and
/// erasure verification iterate over every registered source and never name a feature; a test fails when an
/// entity with a <c>[PersonalData]</c> property is covered by no source.
/// </summary>
public interface IPersonalDataSource
{
    /// <summary>The category name, also the export file's name (e.g. <c>account</c>).</summary>
    string Category { get; }

    /// <summary>The obligations of the policy this data serves (e.g. C1, G1).</summary>
    IReadOnlyList<string> Obligations { get; }

    /// <summary>The entity types whose personal data this source exports, erases and finds.</summary>
    IReadOnlyList<Type> EntityTypes { get; }

    /// <summary>Writes this source's part of the subject's export.</summary>
    Task ExportAsync(AccountId subject, IExportWriter writer, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes or anonymizes the subjects' data per this source's retention rule, inside the open transaction. It is
    /// set-based (one statement per table for the whole set), so that retention can anonymize accounts by the
    /// thousand, and idempotent, so that an erasure interrupted by a crash can simply run again.
    /// </summary>
    Task EraseAsync(IReadOnlyCollection<AccountId> subjects, CancellationToken cancellationToken);

    /// <summary>What still links to the subject; empty after a complete erasure.</summary>
    Task<IReadOnlyList<RemainingData>> FindRemainingAsync(AccountId subject, CancellationToken cancellationToken);
}
