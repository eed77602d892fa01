using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Pixyer.Api.Http;
using Pixyer.Application.Features.Deletion;
using Pixyer.Application.Features.Deletion.GetDeletionRequest;
using Pixyer.Application.Features.Deletion.RequestMyDeletion;
using Pixyer.Application.Features.Deletion.RequestSubjectErasure;

namespace Pixyer.Api.Endpoints;

public sealed class DeletionEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/me/deletion-request", RequestMine)
            .Sends<RequestMyDeletionCommand>()
            .WithTags("Deletion")
            .WithName("RequestMyDeletion")
            .WithSummary("Delete my account, confirmed with my password (202): closed at once, erased by a job, certified")
            .WithDescription(
                "The account is deactivated at once: sessions revoked, login refused, consents withdrawn. A job then erases every "
                + "category of personal data and the files, keeps what the law requires without identity, verifies that nothing "
                + "is left and issues a certificate. The mail sent now holds the request id and the token that read it at "
                + "GET /deletion-requests/{id}. 422 `password-incorrect`.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequiresSession();

        routes.MapGet("/deletion-requests/{id:guid}", Get)
            .Sends<GetDeletionRequestQuery>()
            .WithTags("Deletion")
            .WithName("GetDeletionRequest")
            .WithSummary("A deletion request's status and deadline, and its certificate once issued, with the mailed token")
            .WithDescription($"Send the token in the `{DeletionLinks.TokenHeader}` header. An unknown id and a wrong token are the same 404.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireQuota(RateLimiting.PublicReadPolicy);

        routes.MapPost("/admin/subjects/{id:guid}/erasure", RequestForSubject)
            .Sends<RequestSubjectErasureCommand>()
            .WithTags("Admin")
            .WithName("RequestSubjectErasure")
            .WithSummary("Assisted deletion of a person's account and registration data, at their request")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .AcceptsIdempotencyKey()
            .RequiresSession();
    }

    private static async Task<Accepted<DeletionRequestDto>> RequestMine(
        DeletionConfirmation body, ISender sender, CancellationToken cancellationToken) =>
        Accepted(await sender.Send(new RequestMyDeletionCommand(body.Password), cancellationToken));

    private static async Task<Ok<DeletionRequestDto>> Get(
        Guid id, [FromHeader(Name = DeletionLinks.TokenHeader)] string? token, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetDeletionRequestQuery(id, token ?? ""), cancellationToken));

    private static async Task<Accepted<DeletionRequestDto>> RequestForSubject(Guid id, ISender sender, CancellationToken cancellationToken) =>
        Accepted(await sender.Send(new RequestSubjectErasureCommand(id), cancellationToken));

    private static Accepted<DeletionRequestDto> Accepted(DeletionRequestDto request) =>
        TypedResults.Accepted(DeletionLinks.Request(request.Id), request);
}

/// <summary>The account holder's password, which confirms the deletion.</summary>
public sealed record DeletionConfirmation(string Password)
{
    public override string ToString() => nameof(DeletionConfirmation);
}
