using Pixyer.Api.Http;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.Recipients;
using Pixyer.Application.Features.Recipients.GetRecipient;
using Pixyer.Application.Features.Recipients.ListRecipients;
using Pixyer.Application.Features.Recipients.RegisterRecipient;
using Pixyer.Application.Features.Recipients.ReviseRecipient;
using Pixyer.Application.Features.Recipients.RetireRecipient;
using Pixyer.Application.Common;
using Pixyer.Domain.Disclosures;

namespace Pixyer.Api.Endpoints;

public sealed class RecipientsEndpoints : IEndpointGroup
{
    public sealed record RecipientBody(
        string Name, [property: WireNameOf<RecipientCategory>] string Category, string Country, DateOnly? SecurityAssessedOn, string? TransferMechanism);

    public void Map(IEndpointRouteBuilder routes)
    {
        var recipients = routes.MapGroup("/admin/recipients").WithTags("Disclosures");

        recipients.MapGet("", List)
            .Sends<ListRecipientsQuery>()
            .WithName("ListRecipients")
            .WithSummary("The recipients of the disclosure register, retired ones included")
            .ProducesValidationProblem()
            .RequiresSession();

        recipients.MapGet("/{id:guid}", Get)
            .Sends<GetRecipientQuery>()
            .WithName("GetRecipient")
            .WithSummary("One recipient of the disclosure register")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequiresSession();

        recipients.MapPost("", Register)
            .WithName("RegisterRecipient")
            .WithSummary("Register a recipient: key, name, category, country, security assessment date, and a transfer mechanism "
                         + "when it is outside the storage region")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequiresSession();

        recipients.MapPut("/{id:guid}", Revise)
            .Sends<ReviseRecipientCommand>()
            .WithName("ReviseRecipient")
            .WithSummary("Revise a recipient, e.g. after a new security assessment; the key never changes")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequiresSession();

        recipients.MapDelete("/{id:guid}", Retire)
            .Sends<RetireRecipientCommand>()
            .WithName("RetireRecipient")
            .WithSummary("Retire a recipient: nothing more is disclosed to it; past disclosures keep naming it")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequiresSession();
    }

    private static async Task<Ok<Paged<RecipientDto>>> List(int? page, int? pageSize, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListRecipientsQuery(Paging.From(page, pageSize)), cancellationToken));

    private static async Task<Ok<RecipientDto>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetRecipientQuery(id), cancellationToken));

    private static async Task<Created<RecipientDto>> Register(
        RegisterRecipientCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var recipient = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/admin/recipients/{recipient.Id}", recipient);
    }

    private static async Task<Ok<RecipientDto>> Revise(Guid id, RecipientBody body, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(
            new ReviseRecipientCommand(id, body.Name, body.Category, body.Country, body.SecurityAssessedOn, body.TransferMechanism),
            cancellationToken));

    private static async Task<NoContent> Retire(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new RetireRecipientCommand(id), cancellationToken);
        return TypedResults.NoContent();
    }
}
