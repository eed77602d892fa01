using Pixyer.Application.Common;
using Pixyer.Domain.Disclosures;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.UnitTests;

public sealed class WireNamesTests
{
    [Fact]
    public void TryParse_ShouldAcceptEveryWireNameExactlyAndNothingElse()
    {
        Assert.All(Enum.GetValues<RecipientCategory>(), c => Assert.Equal(c, WireNames.Parse<RecipientCategory>(WireNames.Of(c))));
        Assert.True(WireNames.TryParse<LegalBasis>("legal_obligation", out var basis));
        Assert.Equal(LegalBasis.LegalObligation, basis);
        Assert.False(WireNames.TryParse<LegalBasis>("LegalObligation", out _));
        Assert.False(WireNames.TryParse<LegalBasis>(null, out _));
        Assert.Throws<ArgumentException>(() => WireNames.Parse<DataCategory>("secrets"));
    }
}
