using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Pixyer.Api.Http;
using Pixyer.Application.Features.Audit.GetAuditKey;
using Pixyer.Application.Features.Privacy.GetControllerFacts;
using Pixyer.Application.Features.Privacy.ListProcessingActivities;
using Pixyer.Application.Features.Privacy.ListRecipientCategories;
using Pixyer.Application.Common;

namespace Pixyer.Api.Endpoints;

public sealed class PrivacyEndpoints : IEndpointGroup
{
    /// <summary>The register's CSV columns, named as its JSON properties are.</summary>
    private static readonly (string Header, Func<ProcessingActivity, string?> Value)[] RegisterColumns =
    [
        ("request", a => a.Request),
        ("kind", a => a.Kind),
        ("purpose", a => a.Purpose),
        ("obligations", a => Csv.Join(a.Obligations)),
        ("legalBasis", a => a.LegalBasis),
        ("dataCategories", a => Csv.Join(a.DataCategories)),
        ("consentPurpose", a => a.ConsentPurpose),
        ("recipientCategories", a => Csv.Join(a.RecipientCategories)),
        ("retention", a => Csv.Join(a.Retention)),
    ];

    public void Map(IEndpointRouteBuilder routes)
    {
        var privacy = routes.MapGroup("/privacy").WithTags("Privacy").RequireQuota(RateLimiting.PublicReadPolicy);

        privacy.MapGet("/processing-activities", ListProcessingActivities)
            .Sends<ListProcessingActivitiesQuery>()
            .WithName("ListProcessingActivities")
            .WithSummary("The processing register: every request of the API with its purpose, legal basis, data, recipients and retention")
            .WithDescription("Built from the code's own declarations. `?format=csv` answers `text/csv` with a header row; "
                             + "multi-valued fields are joined with \"; \".")
            .ProducesCsv()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        privacy.MapGet("/controller", GetController)
            .Sends<GetControllerFactsQuery>()
            .WithName("GetControllerFacts")
            .WithSummary("Who is responsible for your data: operator, contact, governing law, jurisdiction, storage region")
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        privacy.MapGet("/recipients", ListRecipients)
            .Sends<ListRecipientCategoriesQuery>()
            .WithName("ListRecipientCategories")
            .WithSummary("The categories of recipients your data may be shared with, and which need your consent")
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        privacy.MapGet("/audit-key", GetAuditKey)
            .Sends<GetAuditKeyQuery>()
            .WithName("GetAuditKey")
            .WithSummary("The public key that signs the audit log's checkpoints: anyone can check a checkpoint or a proof with it")
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
    }

    private static async Task<Results<Ok<ProcessingActivityList>, ContentHttpResult>> ListProcessingActivities(
        [OneOfNames(ListProcessingActivitiesQuery.JsonFormat, ListProcessingActivitiesQuery.CsvFormat)] string? format, ISender sender, CancellationToken cancellationToken)
    {
        var query = new ListProcessingActivitiesQuery(format);
        var register = await sender.Send(query, cancellationToken);
        return query.WantsCsv
            ? TypedResults.Text(Csv.Write(register.Items, RegisterColumns), Csv.ContentType)
            : TypedResults.Ok(register);
    }

    private static async Task<Ok<ControllerFacts>> GetController(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetControllerFactsQuery(), cancellationToken));

    private static async Task<Ok<AuditKey>> GetAuditKey(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetAuditKeyQuery(), cancellationToken));

    private static async Task<Ok<RecipientCategoryList>> ListRecipients(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListRecipientCategoriesQuery(), cancellationToken));
}
