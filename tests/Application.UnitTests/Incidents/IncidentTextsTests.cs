using Pixyer.Application.Features.Incidents;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Incidents;
using Pixyer.Domain.Notices;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.UnitTests.Incidents;

/// <summary>The notice people read of an incident fits what the API declares and what a public notice stores.</summary>
[Trait("Obligation", "P3")]
public sealed class IncidentTextsTests
{
    [Fact]
    public void TheLongestNotice_ShouldFitItsDeclaredLength_AndAPublicNotice()
    {
        var at = new DateTimeOffset(2026, 12, 31, 23, 59, 0, TimeSpan.Zero);
        var text = new string('x', Incident.TextMaxLength);
        var incident = Incident.Declare(
            new IncidentFacts(
                at, at, at, text, Enum.GetValues<DataCategory>(), text, text, text, text, text, new string('c', Incident.ContactPointMaxLength)),
            """{"kind":"all_accounts"}""",
            1,
            AccountId.New(),
            at);

        Assert.InRange(IncidentTexts.Body(incident).Length, 5 * Incident.TextMaxLength, IncidentTexts.BodyMaxLength);
        Assert.InRange(IncidentTexts.Title(incident).Length, 1, PublicNotice.TitleMaxLength);
        Assert.True(IncidentTexts.BodyMaxLength <= PublicNotice.BodyMaxLength);
    }
}
