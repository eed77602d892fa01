using System.Reflection;
using Mediator;
using Pixyer.Application.Common.Consent;
using Pixyer.Application.Common.Processing;
using Pixyer.Domain.Processing;
using static Pixyer.Architecture.Tests.ArchitectureSupport;

namespace Pixyer.Architecture.Tests;

[Trait("Obligation", "G4")]
public sealed class ConsentDeclarationTests
{
    private static readonly List<(Type Type, RequiresConsentAttribute Consent)> ConsentRequests = RequestTypes
        .Select(t => (Type: t, Consent: t.GetCustomAttribute<RequiresConsentAttribute>()!))
        .Where(r => r.Consent is not null)
        .ToList();

    [Fact]
    public void DroppableRequests_ShouldAnswerUnit_SoThatTheyCanSucceedWithoutRunning()
    {
        var droppable = ConsentRequests.Where(r => r.Consent.Droppable).Select(r => r.Type).ToList();
        Assert.NotEmpty(droppable);

        var wrong = droppable.Where(t => !typeof(ICommand<Unit>).IsAssignableFrom(t)).ToList();

        Assert.True(wrong.Count == 0, $"Droppable requests must be ICommand<Unit>: {Describe(wrong)}");
    }

    [Fact]
    public void ConsentRequests_ShouldDeclareConsentAsTheirLegalBasis()
    {
        Assert.NotEmpty(ConsentRequests);

        var wrong = ConsentRequests
            .Where(r => r.Type.GetCustomAttribute<ProcessingAttribute>()?.LegalBasis != LegalBasis.Consent)
            .Select(r => r.Type)
            .ToList();

        Assert.True(wrong.Count == 0, $"Requests that need consent but declare another legal basis: {Describe(wrong)}");
    }

    [Fact]
    [Trait("Obligation", "U3")]
    public void SubjectConsentRequests_ShouldDeclareConsentAsTheirLegalBasisAndNotAskTheCallersConsent()
    {
        var requests = RequestTypes.Where(t => t.GetCustomAttribute<ConsentOfSubjectsAttribute>() is not null).ToList();
        Assert.NotEmpty(requests);

        var wrong = requests
            .Where(t => t.GetCustomAttribute<ProcessingAttribute>()?.LegalBasis != LegalBasis.Consent
                        || t.GetCustomAttribute<RequiresConsentAttribute>() is not null)
            .ToList();

        Assert.True(wrong.Count == 0, $"Requests on other people's consent must declare the basis consent and no caller consent: {Describe(wrong)}");
    }
}
