namespace Pixyer.Domain.Deidentification;

/// <summary>
/// k-anonymity by full-domain generalisation with suppression (Samarati): among the points of the generalisation
/// lattice at which the rows whose class stays smaller than k are few enough to suppress (at most
/// <c>maxSuppressedShare</c> of all rows), the least generalised one is chosen (lowest height; then the fewest
/// suppressed rows; then the first in <see cref="GeneralisationLevels.All"/>'s order). When no point qualifies, the
/// coarsest is taken and whatever still stays below k is suppressed. Works on the histogram of the finest
/// quasi-identifiers, so its cost depends on how many distinct combinations there are, not on how many rows.
/// </summary>
public static class KAnonymizer
{
    public static KAnonymity Anonymize(IReadOnlyDictionary<QuasiIdentifiers, int> histogram, int k, double maxSuppressedShare)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(maxSuppressedShare);
        var budget = (int)Math.Floor(histogram.Values.Sum() * maxSuppressedShare);
        var chosen = GeneralisationLevels.All()
            .Select(levels => (Levels: levels, Suppressed: SuppressedAt(histogram, levels, k)))
            .Where(c => c.Suppressed <= budget)
            .OrderBy(c => c.Levels.Height)
            .ThenBy(c => c.Suppressed)
            .Select(c => (GeneralisationLevels?)c.Levels)
            .FirstOrDefault() ?? GeneralisationLevels.Coarsest;
        var classes = ClassesAt(histogram, chosen);
        return new KAnonymity(
            chosen, classes.Where(c => c.Value >= k).ToDictionary(), classes.Values.Where(size => size < k).Sum());
    }

    private static int SuppressedAt(IReadOnlyDictionary<QuasiIdentifiers, int> histogram, GeneralisationLevels levels, int k) =>
        ClassesAt(histogram, levels).Values.Where(size => size < k).Sum();

    private static Dictionary<GeneralisedQuasiIdentifiers, int> ClassesAt(
        IReadOnlyDictionary<QuasiIdentifiers, int> histogram, GeneralisationLevels levels)
    {
        var classes = new Dictionary<GeneralisedQuasiIdentifiers, int>();
        foreach (var (value, count) in histogram)
        {
            var generalised = levels.Apply(value);
            classes[generalised] = classes.GetValueOrDefault(generalised) + count;
        }

        return classes;
    }
}

/// <summary>
/// The chosen generalisation: the equivalence classes that are kept with their sizes, how many rows are suppressed,
/// and the achieved k (the smallest kept class; 0 when nothing is kept).
/// </summary>
public sealed class KAnonymity(GeneralisationLevels levels, IReadOnlyDictionary<GeneralisedQuasiIdentifiers, int> keptClasses, int suppressed)
{
    public GeneralisationLevels Levels { get; } = levels;

    public IReadOnlyDictionary<GeneralisedQuasiIdentifiers, int> KeptClasses { get; } = keptClasses;

    public int Suppressed { get; } = suppressed;

    public int Kept => KeptClasses.Values.Sum();

    public int AchievedK => KeptClasses.Count == 0 ? 0 : KeptClasses.Values.Min();

    /// <summary>The row's class when it is kept, or null when the row is suppressed.</summary>
    public GeneralisedQuasiIdentifiers? ClassOf(QuasiIdentifiers value)
    {
        var generalised = Levels.Apply(value);
        return KeptClasses.ContainsKey(generalised) ? generalised : null;
    }
}
