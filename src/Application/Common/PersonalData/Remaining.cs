namespace Pixyer.Application.Common.PersonalData;

public static class Remaining
{
    /// <summary>The non-empty counts, as a source's <see cref="IPersonalDataSource.FindRemainingAsync"/> answer.</summary>
    public static IReadOnlyList<RemainingData> Of(string category, params (string Entity, int Count)[] counts) =>
        counts.Where(c => c.Count > 0).Select(c => new RemainingData(category, c.Entity, c.Count)).ToList();
}
