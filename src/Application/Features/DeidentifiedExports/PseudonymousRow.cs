using Pixyer.Domain.Deidentification;

namespace Pixyer.Application.Features.DeidentifiedExports;

/// <summary>One account before generalisation: its pseudonym, its finest quasi-identifiers and its usage bands.</summary>
public sealed record PseudonymousRow(string Pseudonym, QuasiIdentifiers QuasiIdentifiers, string Uploads, string Generations)
{
    public static async Task<List<PseudonymousRow>> ReadAsync(
        IAsyncEnumerable<AccountProfile> profiles, DateOnly today, CancellationToken cancellationToken)
    {
        using var pseudonyms = new Pseudonymizer();
        var rows = new List<PseudonymousRow>();
        await foreach (var profile in profiles.WithCancellation(cancellationToken))
        {
            rows.Add(new PseudonymousRow(
                pseudonyms.Of(profile.Id),
                QuasiIdentifiers.Of(profile.DateOfBirth, today, profile.Country, profile.CreatedAt, profile.Plan),
                UsageBand.Of(profile.Uploads),
                UsageBand.Of(profile.Generations)));
        }

        return rows;
    }
}
