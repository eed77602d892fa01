using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Common.PersonalData;

/// <summary>Subjects in the shape of the columns that name them, for set-based <c>Contains</c> queries.</summary>
public static class SubjectIds
{
    /// <summary>For columns that hold the id as a plain, optional <see cref="Guid"/>.</summary>
    public static Guid?[] Of(IReadOnlyCollection<AccountId> subjects) => subjects.Select(s => (Guid?)s.Value).ToArray();

    /// <summary>For optional <see cref="AccountId"/> columns.</summary>
    public static AccountId?[] Optional(IReadOnlyCollection<AccountId> subjects) => subjects.Select(s => (AccountId?)s).ToArray();
}
