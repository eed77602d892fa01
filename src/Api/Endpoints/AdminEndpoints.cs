using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.Admin.SetSubjectRoles;
using Pixyer.Application.Features.Audit;
using Pixyer.Application.Features.Audit.ListAuditEntries;
using Pixyer.Application.Features.Audit.VerifyAuditChain;

namespace Pixyer.Api.Endpoints;

public static class AdminEndpoints
{
    public sealed record RolesBody(IReadOnlyList<string> Roles);

    public static void MapAdmin(this RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/admin").WithTags("Admin");

        admin.MapGet("/audit", ListAudit)
            .WithName("ListAuditEntries")
            .WithSummary("Query the audit trail by subject, actor and time (PrivacyOfficer, Admin)")
            .ProducesValidationProblem()
            .RequiresSession();

        admin.MapGet("/audit/verify", VerifyAudit)
            .WithName("VerifyAuditChain")
            .WithSummary("Recompute the audit hash chain and report the first broken entry (PrivacyOfficer, Admin)")
            .RequiresSession();

        admin.MapPut("/subjects/{id:guid}/roles", SetRoles)
            .WithName("SetSubjectRoles")
            .WithSummary("Set an account's roles (Admin)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequiresSession();
    }

    private static async Task<Ok<Paged<AuditEntryDto>>> ListAudit(
        Guid? subjectId,
        Guid? actorId,
        DateTimeOffset? from,
        DateTimeOffset? to,
        int? page,
        int? pageSize,
        ISender sender,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(
            new ListAuditEntriesQuery(subjectId, actorId, from, to, Paging.From(page, pageSize)), cancellationToken));

    private static async Task<Ok<AuditChainReport>> VerifyAudit(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new VerifyAuditChainQuery(), cancellationToken));

    private static async Task<Ok<SubjectRoles>> SetRoles(
        Guid id, RolesBody body, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new SetSubjectRolesCommand(id, body.Roles ?? []), cancellationToken));
}
