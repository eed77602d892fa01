namespace Pixyer.Domain.Deidentification;

/// <summary>
/// A count of uses (uploads, generations) as a dataset shows it: a band, so that an unusual exact count cannot single
/// out its account.
/// </summary>
public static class UsageBand
{
    public static string Of(int count) => count switch
    {
        <= 0 => "0",
        < 5 => "1-4",
        < 20 => "5-19",
        < 100 => "20-99",
        _ => "100+",
    };
}
