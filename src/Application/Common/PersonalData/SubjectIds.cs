using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Common.PersonalData;

/// <summary>
/// Subjects in the shape of the columns that name them, for set-based <c>Contains</c> queries. An optional column is
/// compared as <c>column != null &amp;&amp; ids.Contains(column.Value)</c>, never against an array of nullable ids: for
/// that, EF Core adds <c>OR (column IS NULL AND array_position(ids, NULL) IS NOT NULL)</c>, which PostgreSQL's plan
/// for any batch (<see cref="IErasurePlanning"/>) checks against the whole array for every row whose column is null.
/// </summary>
public static class SubjectIds
{
    /// <summary>For columns that hold the id as a plain <see cref="Guid"/>.</summary>
    public static Guid[] Of(IReadOnlyCollection<AccountId> subjects) => subjects.Select(s => s.Value).ToArray();
}
