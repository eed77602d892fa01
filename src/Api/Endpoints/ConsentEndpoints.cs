using Pixyer.Api.Http;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Pixyer.Application.Common.Consent;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.Consents;
using Pixyer.Application.Features.Consents.GetMyConsents;
using Pixyer.Application.Features.Consents.ListMyConsentHistory;
using Pixyer.Application.Features.Consents.SetMyConsent;
using Pixyer.Application.Common;

namespace Pixyer.Api.Endpoints;

public sealed class ConsentEndpoints : IEndpointGroup
{
    public sealed record ConsentChoice(
        bool Granted, [property: OneOfNames(SetMyConsentCommand.SettingsChannel, SetMyConsentCommand.ApiChannel)] string? Channel);

    public void Map(IEndpointRouteBuilder routes)
    {
        var consents = routes.MapGroup("/me/consents").WithTags("Consents");

        consents.MapGet("", GetMine)
            .Sends<GetMyConsentsQuery>()
            .WithName("GetMyConsents")
            .WithSummary("The state of every consent purpose: marketing_email, analytics_cookies, advertising_cookies, model_improvement, third_party_sharing, contacts_import")
            .ProducesListOfAtMost(ConsentPurposes.PurposeWide.Count)
            .RequiresSession();

        consents.MapPut("/{purpose}", Set)
            .Sends<SetMyConsentCommand>()
            .WithName("SetMyConsent")
            .WithSummary("Grant or withdraw one purpose ({ \"granted\": true|false }); withdrawal takes effect on the next request")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequiresSession();

        consents.MapGet("/history", History)
            .Sends<ListMyConsentHistoryQuery>()
            .WithName("ListMyConsentHistory")
            .WithSummary("Every grant and withdrawal, newest first, with policy version, channel and time")
            .ProducesValidationProblem()
            .RequiresSession();
    }

    private static async Task<Ok<IReadOnlyList<ConsentState>>> GetMine(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetMyConsentsQuery(), cancellationToken));

    private static async Task<Ok<ConsentState>> Set(
        [PurposeWideConsentName] string purpose, ConsentChoice choice, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new SetMyConsentCommand(purpose, choice.Granted, choice.Channel), cancellationToken));

    private static async Task<Ok<Paged<ConsentHistoryEntry>>> History(
        int? page, int? pageSize, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListMyConsentHistoryQuery(Paging.From(page, pageSize)), cancellationToken));
}
