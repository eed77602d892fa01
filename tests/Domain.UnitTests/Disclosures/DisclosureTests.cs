using Pixyer.Domain.Accounts;
using Pixyer.Domain.Disclosures;
using Pixyer.Domain.Processing;
using static Pixyer.Domain.UnitTests.TestData;

namespace Pixyer.Domain.UnitTests.Disclosures;

[Trait("Obligation", "S3")]
public sealed class DisclosureTests
{
    [Fact]
    public void AReference_ShouldBeRefusedPastItsBound_NeverStoredLonger()
    {
        Disclosure Record(int length) => Disclosure.Record(
            AccountId.New(), new RecipientId(Guid.NewGuid()), ProcessingPurpose.ServiceProvision, LegalBasis.Contract, [DataCategory.Contact],
            new string('r', length), null, Now);

        Assert.Equal(Disclosure.ReferenceMaxLength, Record(Disclosure.ReferenceMaxLength).Reference!.Length);
        Assert.Throws<ArgumentOutOfRangeException>(() => Record(Disclosure.ReferenceMaxLength + 1));
    }
}
