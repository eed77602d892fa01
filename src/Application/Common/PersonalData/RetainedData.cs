using System.Reflection;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Common;

namespace Pixyer.Application.Common.PersonalData;

/// <summary>What outlives an erasure, and why: every entity marked <see cref="RetainedAfterErasureAttribute"/>.</summary>
public static class RetainedData
{
    public static IReadOnlyList<RetainedAfterErasureAttribute> All { get; } =
        typeof(Account).Assembly.GetTypes()
            .Select(type => type.GetCustomAttribute<RetainedAfterErasureAttribute>())
            .OfType<RetainedAfterErasureAttribute>()
            .OrderBy(retained => retained.Category, StringComparer.Ordinal)
            .ToList();

    /// <summary>A source whose every entity is retained: erasure leaves its data, so it is no category erased.</summary>
    public static bool Holds(IPersonalDataSource source) =>
        source.EntityTypes.Count > 0 && source.EntityTypes.All(type => type.IsDefined(typeof(RetainedAfterErasureAttribute), inherit: false));

    /// <summary>As the certificate lists them: <c>category: reason</c>, once for entities retained together.</summary>
    public static IEnumerable<string> Described => All.Select(retained => $"{retained.Category}: {retained.Reason}").Distinct();
}
