using Pixyer.Domain.Common;
using Pixyer.Domain.AccessLog;
using Pixyer.Domain.Accounts;
using static Pixyer.Domain.UnitTests.TestData;

namespace Pixyer.Domain.UnitTests.AccessLog;

[Trait("Obligation", "C9")]
public sealed class AccessLogEntryTests
{
    [Theory]
    [InlineData("203.0.113.77", "203.0.113.0")]
    [InlineData("8.8.8.8", "8.8.8.0")]
    [InlineData("203.0.113.0", "203.0.113.0")]
    [InlineData("2001:db8:85a3:8d3:1319:8a2e:370:7348", "2001:db8:85a3::")]
    [InlineData("2a00:1450:4001:81c::200e", "2a00:1450:4001::")]
    [InlineData("::ffff:198.51.100.23", "198.51.100.0")]
    [InlineData("unknown", "unknown")]
    public void Truncate_ShouldKeepOnlyTheNetwork(string address, string expected) =>
        Assert.Equal(expected, IpTruncation.Truncate(address));

    [Fact]
    public void TruncateIp_ShouldCutTheAddressAndMarkTheEntry()
    {
        var entry = NewEntry("198.51.100.23", Now);

        entry.TruncateIp();

        Assert.Equal(("198.51.100.0", true), (entry.IpAddress, entry.IpTruncated));
    }

    [Fact]
    public void Record_WhenTheAddressIsMissing_ShouldStoreUnknown() =>
        Assert.Equal(AccessLogEntry.Unknown, NewEntry(null, Now).IpAddress);

    [Theory]
    [InlineData(29.99, false, false)]
    [InlineData(30, false, false)]
    [InlineData(30.01, false, true)]
    [InlineData(45, true, false)]
    public void DueForTruncationAt_ShouldSelectUntruncatedEntriesOlderThan30Days(double ageDays, bool truncated, bool due)
    {
        var entry = NewEntry("198.51.100.23", Now);
        if (truncated)
        {
            entry.TruncateIp();
        }

        Assert.Equal(due, AccessLogEntry.DueForTruncationAt(Now + TimeSpan.FromDays(ageDays)).Compile()(entry));
    }

    private static AccessLogEntry NewEntry(string? ipAddress, DateTimeOffset at) =>
        AccessLogEntry.Record(AccountId.New(), at, "GET", "/api/v1/me", ipAddress, "desktop", "Firefox", "Linux", "unknown", 200);
}
