using Pixyer.Domain.Accounts;

namespace Pixyer.Domain.Deidentification;

/// <summary>
/// A de-identified dataset of the accounts (obligation E2), shared for research or with a partner without notice or
/// consent, as the policy allows for data whose recipient cannot re-identify anyone. Records what was asked (format,
/// purpose, k) and what was achieved: the generalisation chosen, the smallest class (achieved k), the rows kept and
/// suppressed, and the stored file. The file's pseudonyms come from a key that existed only while it was written.
/// </summary>
public sealed class DeidentifiedExport
{
    /// <summary>The smallest k any export may ask for.</summary>
    public const int MinimumK = 5;

    public const int PurposeMaxLength = 500;

    /// <summary>
    /// The file store's owner of every dataset: a fixed id that is no account, so that no subject's erasure or export
    /// ever touches a dataset, which holds nobody's personal data.
    /// </summary>
    public static readonly AccountId FileOwner = new(new Guid("de1d0000-0000-7000-8000-000000000000"));

    private DeidentifiedExport()
    {
    }

    public DeidentifiedExportId Id { get; private set; }

    public DatasetFormat Format { get; private set; }

    /// <summary>Who it is for and why (a research project, a partner's name): an organisation, not a person.</summary>
    public string PurposeDescription { get; private set; } = "";

    public int RequestedK { get; private set; }

    public int AchievedK { get; private set; }

    public int AgeBandYears { get; private set; }

    public SignUpPeriod SignUpPeriod { get; private set; }

    public CountryDetail CountryDetail { get; private set; }

    public PlanDetail PlanDetail { get; private set; }

    public GeneralisationLevels Levels => new(AgeBandYears, SignUpPeriod, CountryDetail, PlanDetail);

    public int Rows { get; private set; }

    public int Suppressed { get; private set; }

    public string FileKey { get; private set; } = "";

    public long Length { get; private set; }

    public string Sha256 { get; private set; } = "";

    public AccountId CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static DeidentifiedExport Record(
        DatasetFormat format,
        string purpose,
        int requestedK,
        KAnonymity anonymity,
        string fileKey,
        long length,
        string sha256,
        AccountId createdBy,
        DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(requestedK, MinimumK);
        return new DeidentifiedExport
        {
            Id = DeidentifiedExportId.New(),
            Format = format,
            PurposeDescription = purpose.Trim(),
            RequestedK = requestedK,
            AchievedK = anonymity.AchievedK,
            AgeBandYears = anonymity.Levels.AgeBandYears,
            SignUpPeriod = anonymity.Levels.SignUp,
            CountryDetail = anonymity.Levels.Country,
            PlanDetail = anonymity.Levels.Plan,
            Rows = anonymity.Kept,
            Suppressed = anonymity.Suppressed,
            FileKey = fileKey,
            Length = length,
            Sha256 = sha256,
            CreatedBy = createdBy,
            CreatedAt = now,
        };
    }
}
