using Pixyer.Domain.Accounts;
using Pixyer.Domain.Sessions;
using static Pixyer.Domain.UnitTests.TestData;

namespace Pixyer.Domain.UnitTests.Sessions;

[Trait("Obligation", "G1")]
public sealed class SessionExpiryTests
{
    private static readonly TimeSpan Tick = TimeSpan.FromTicks(1);

    [Fact]
    public void IsActive_WhenUnusedForJustUnderFourteenDays_ShouldBeTrue()
    {
        var session = NewSession();

        Assert.True(session.IsActive(Now + TimeSpan.FromDays(14) - Tick));
    }

    [Fact]
    public void IsActive_WhenUnusedForFourteenDays_ShouldBeFalse()
    {
        var session = NewSession();

        Assert.False(session.IsActive(Now + TimeSpan.FromDays(14)));
    }

    [Fact]
    public void IsActive_WhenSeenAgain_ShouldSlideExpiryFourteenDaysFromLastSeen()
    {
        var session = NewSession();
        var lastSeen = Now + TimeSpan.FromDays(10);
        SetPrivate(session, nameof(Session.LastSeenAt), lastSeen);

        Assert.Equal(lastSeen + TimeSpan.FromDays(14), session.ExpiresAt);
        Assert.True(session.IsActive(Now + TimeSpan.FromDays(20)));
        Assert.False(session.IsActive(lastSeen + TimeSpan.FromDays(14)));
    }

    [Fact]
    public void IsActive_WhenSeenDailyForThirtyDays_ShouldExpireAtTheAbsoluteLimit()
    {
        var session = NewSession();
        SetPrivate(session, nameof(Session.LastSeenAt), Now + TimeSpan.FromDays(29));

        Assert.Equal(Now + TimeSpan.FromDays(30), session.ExpiresAt);
        Assert.True(session.IsActive(Now + TimeSpan.FromDays(30) - Tick));
        Assert.False(session.IsActive(Now + TimeSpan.FromDays(30)));
    }

    [Fact]
    public void Revoke_WhenSessionIsFresh_ShouldDeactivateItImmediately()
    {
        var session = NewSession();

        session.Revoke(Now.AddMinutes(5));

        Assert.False(session.IsActive(Now.AddMinutes(5)));
        Assert.Equal(Now.AddMinutes(5), session.RevokedAt);
    }

    [Fact]
    public void Revoke_WhenAlreadyRevoked_ShouldKeepTheFirstRevocationTime()
    {
        var session = NewSession();
        session.Revoke(Now.AddMinutes(5));

        session.Revoke(Now.AddDays(1));

        Assert.Equal(Now.AddMinutes(5), session.RevokedAt);
    }

    /// <summary>Last seen (days after start), evaluation time (days after start), revoked.</summary>
    public static TheoryData<double, double, bool> Cases => new()
    {
        { 0, 0, false },
        { 0, 13.99, false },
        { 0, 14, false },
        { 0, 14.01, false },
        { 10, 23.99, false },
        { 10, 24, false },
        { 20, 29.99, false },
        { 20, 30, false },
        { 29.5, 31, false },
        { 0, 1, true },
        { 5, 6, true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ActiveAt_WhenCompiled_ShouldAgreeWithIsActive(double lastSeenDays, double nowDays, bool revoked)
    {
        var session = NewSession();
        SetPrivate(session, nameof(Session.LastSeenAt), Now + TimeSpan.FromDays(lastSeenDays));
        if (revoked)
        {
            session.Revoke(Now + TimeSpan.FromDays(lastSeenDays));
        }

        var now = Now + TimeSpan.FromDays(nowDays);
        var activeAt = Session.ActiveAt(now).Compile();

        Assert.Equal(session.IsActive(now), activeAt(session));
    }

    [Fact]
    public void ActiveAt_WhenCompiled_ShouldAcceptALiveSessionAndRejectAnExpiredOne()
    {
        // Guards the agreement test above against both sides being constantly false.
        var session = NewSession();

        Assert.True(Session.ActiveAt(Now.AddDays(1)).Compile()(session));
        Assert.False(Session.ActiveAt(Now.AddDays(15)).Compile()(session));
    }

    [Fact]
    [Trait("Obligation", "P1")]
    public void ADeviceReadFromALongUserAgent_ShouldBeCutToItsBound()
    {
        var session = Session.Start(AccountId.New(), "token", "csrf", new string('d', Session.DeviceMaxLength + 1), Now);

        Assert.Equal(new string('d', Session.DeviceMaxLength), session.Device);
    }
}
