using System.Security.Cryptography;
using System.Text;
using Pixyer.Domain.Auditing;
using static Pixyer.Domain.UnitTests.TestData;

namespace Pixyer.Domain.UnitTests.Auditing;

[Trait("Obligation", "P1")]
public sealed class CheckpointStatementTests
{
    private static readonly byte[] Root = SHA256.HashData("root"u8);

    [Fact]
    public void Text_ShouldBeFiveLinesEachEndingInALineFeed()
    {
        var statement = CheckpointStatement.After(null, 42, Root, Now.AddTicks(12_345));

        Assert.Equal(
            $"pixyer.com/audit-log\n42\n{Convert.ToBase64String(Root)}\ntime 2026-03-15T12:00:00.001Z\nprevious {Convert.ToBase64String(new byte[32])}\n",
            statement.Text);
    }

    [Fact]
    public void After_ShouldNameTheHashOfThePreviousText()
    {
        var first = CheckpointStatement.After(null, 1, Root, Now);

        var second = CheckpointStatement.After(first, 2, Root, Now);

        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(first.Text)), second.PreviousHash);
        Assert.Equal(new byte[32], first.PreviousHash);
    }

    [Fact]
    public void Parse_OfItsOwnText_ShouldGiveTheSameStatement()
    {
        var statement = CheckpointStatement.After(CheckpointStatement.After(null, 3, Root, Now), 9, Root, Now.AddSeconds(1));

        var parsed = CheckpointStatement.Parse(statement.Text);

        Assert.Equal(statement.Text, parsed.Text);
        Assert.Equal(9, parsed.TreeSize);
        Assert.Equal(statement.PreviousHash, parsed.PreviousHash);
        Assert.Equal(statement.IssuedAt, parsed.IssuedAt);
    }

    [Theory]
    [InlineData("another.log/audit")]
    [InlineData("no final line feed")]
    [InlineData("an extra line")]
    [InlineData("a size with a sign")]
    public void Parse_WhenTheTextIsNotCanonical_ShouldRefuse(string change)
    {
        var text = CheckpointStatement.After(null, 5, Root, Now).Text;
        var changed = change switch
        {
            "another.log/audit" => text.Replace("pixyer.com/audit-log", "another.log/audit", StringComparison.Ordinal),
            "no final line feed" => text.TrimEnd('\n'),
            "an extra line" => text + "extra\n",
            _ => text.Replace("\n5\n", "\n+5\n", StringComparison.Ordinal),
        };

        Assert.Throws<FormatException>(() => CheckpointStatement.Parse(changed));
    }
}
