using Pixyer.Domain.Accounts;
using Pixyer.Domain.Auditing;
using Pixyer.Domain.Sessions;

namespace Pixyer.Domain.UnitTests;

/// <summary>Builders and fixed instants shared by the domain tests.</summary>
internal static class TestData
{
    /// <summary>Noon UTC, so that the UTC date and the local date of the test agree.</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 15, 12, 0, 0, TimeSpan.Zero);

    public static DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    public static Account NewAccount(
        string username = "alice",
        string email = "alice@example.com",
        DateOnly? dateOfBirth = null,
        DateTimeOffset? now = null) =>
        Account.Register(
            username, email, "password-hash", dateOfBirth ?? new DateOnly(1990, 5, 17), "2024-08-14", now ?? Now);

    public static Session NewSession(DateTimeOffset? startedAt = null) =>
        Session.Start(AccountId.New(), "token-hash", "csrf-hash", "Firefox on Linux", startedAt ?? Now);

    public static AuditRecord NewAuditRecord(int index = 0, DateTimeOffset? occurredAt = null) =>
        new(
            occurredAt ?? Now.AddMinutes(index),
            Guid.CreateVersion7(),
            "Customer",
            Guid.CreateVersion7(),
            $"Request{index}",
            AuditOutcome.Succeeded,
            null,
            $"correlation-{index}");

    /// <summary>A fixed audit key for the leaf hashes of the domain tests.</summary>
    public static byte[] TestAuditKey { get; } = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    /// <summary>Writes a property through its private setter, as a tampering store or a database load would.</summary>
    public static void SetPrivate<T>(T target, string propertyName, object? value)
        where T : class
    {
        var property = typeof(T).GetProperty(propertyName)
            ?? throw new ArgumentException($"{typeof(T).Name} has no property {propertyName}.", nameof(propertyName));
        property.SetValue(target, value);
    }
}
