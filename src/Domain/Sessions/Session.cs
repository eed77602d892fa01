using System.Linq.Expressions;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Common;

namespace Pixyer.Domain.Sessions;

/// <summary>
/// A server-side login session (obligations G1, K1, P1). The client holds an opaque token; only its
/// SHA-256 hash is stored. It expires 14 days after its last use and 30 days after login at the latest.
/// </summary>
public sealed class Session
{
    /// <summary>The device as the session list shows it ("Firefox on Linux"), read from the User-Agent and cut to this.</summary>
    public const int DeviceMaxLength = 128;

    public static readonly TimeSpan SlidingLifetime = TimeSpan.FromDays(14);
    public static readonly TimeSpan AbsoluteLifetime = TimeSpan.FromDays(30);

    /// <summary>Last-seen is written at most this often, so that reads do not each cost a write.</summary>
    public static readonly TimeSpan LastSeenResolution = TimeSpan.FromMinutes(1);

    private Session()
    {
    }

    public SessionId Id { get; private set; }

    public AccountId AccountId { get; private set; }

    public string TokenHash { get; private set; } = "";

    /// <summary>Hash of the session's anti-CSRF token, required on unsafe cookie-authenticated requests.</summary>
    public string CsrfTokenHash { get; private set; } = "";

    /// <summary>Browser family and OS, as shown in the session list; never the raw User-Agent.</summary>
    [PersonalData]
    public string Device { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset LastSeenAt { get; private set; }

    public DateTimeOffset AbsoluteExpiresAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public static Session Start(AccountId accountId, string tokenHash, string csrfTokenHash, string device, DateTimeOffset now) =>
        new()
        {
            Id = SessionId.New(),
            AccountId = accountId,
            TokenHash = tokenHash,
            CsrfTokenHash = csrfTokenHash,
            Device = TextBounds.Cut(device, DeviceMaxLength),
            CreatedAt = now,
            LastSeenAt = now,
            AbsoluteExpiresAt = now + AbsoluteLifetime,
        };

    public DateTimeOffset ExpiresAt =>
        LastSeenAt + SlidingLifetime < AbsoluteExpiresAt ? LastSeenAt + SlidingLifetime : AbsoluteExpiresAt;

    public bool IsActive(DateTimeOffset now) => RevokedAt is null && now < ExpiresAt;

    /// <summary>The same test as <see cref="IsActive"/>, as a query the store can run.</summary>
    public static Expression<Func<Session, bool>> ActiveAt(DateTimeOffset now)
    {
        var lastSeenCutoff = now - SlidingLifetime;
        return s => s.RevokedAt == null && s.AbsoluteExpiresAt > now && s.LastSeenAt > lastSeenCutoff;
    }

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}
