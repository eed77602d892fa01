using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Pixyer.Api.Http;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.Disclosures;
using Pixyer.Application.Features.Disclosures.ListMyDisclosures;
using Pixyer.Application.Features.Disclosures.ListSubjectDisclosures;
using Pixyer.Application.Features.Disclosures.RecordDisclosure;

namespace Pixyer.Api.Endpoints;

public sealed class DisclosuresEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/me/disclosures", ListMine)
            .Sends<ListMyDisclosuresQuery>()
            .WithTags("Disclosures")
            .WithName("ListMyDisclosures")
            .WithSummary("Who received my data: recipient, category, country, purpose, legal basis, data, and the cross-border "
                         + "mechanism when it left the storage region; newest first")
            .ProducesValidationProblem()
            .RequiresSession();

        var admin = routes.MapGroup("/admin/disclosures").WithTags("Disclosures");

        admin.MapGet("", ListSubject)
            .Sends<ListSubjectDisclosuresQuery>()
            .WithName("ListSubjectDisclosures")
            .WithSummary("The disclosures of one subject, newest first; the reading is audited")
            .ProducesValidationProblem()
            .RequiresSession();

        admin.MapPost("", Record)
            .WithName("RecordDisclosure")
            .WithSummary("Record a disclosure made outside the service's own flows (a business partner, a legal request); "
                         + "refused when the recipient's category needs a consent the subject does not hold")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequiresSession();
    }

    private static async Task<Ok<Paged<DisclosureDto>>> ListMine(
        int? page, int? pageSize, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListMyDisclosuresQuery(Paging.From(page, pageSize)), cancellationToken));

    private static async Task<Ok<Paged<DisclosureDto>>> ListSubject(
        Guid? subjectId, int? page, int? pageSize, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(
            new ListSubjectDisclosuresQuery(subjectId ?? Guid.Empty, Paging.From(page, pageSize)), cancellationToken));

    private static async Task<Created<DisclosureDto>> Record(
        RecordDisclosureCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var disclosure = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/admin/disclosures?subjectId={command.SubjectId}", disclosure);
    }
}
