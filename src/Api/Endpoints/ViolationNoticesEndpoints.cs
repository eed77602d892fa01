using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Pixyer.Application.Features.Notices.AnnounceViolation;

namespace Pixyer.Api.Endpoints;

public sealed class ViolationNoticesEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder routes) =>
        routes.MapPost("/admin/violation-notices", Announce)
            .WithTags("Notices")
            .WithName("AnnounceViolation")
            .WithSummary("Announce a punishment for a violation or fraud in the public notices, naming the person by masked identifiers only; "
                         + "a summary or penalty with their username or any e-mail address is refused (422 identifier-not-masked)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequiresSession();

    private static async Task<Created<ViolationNotice>> Announce(AnnounceViolationCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var notice = await sender.Send(command, cancellationToken);
        return TypedResults.Created("/api/v1/notices", notice);
    }
}
