using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Pixyer.Api.Http;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.Audit;
using Pixyer.Application.Features.Audit.GetConsistencyProof;
using Pixyer.Application.Features.Audit.GetInclusionProof;
using Pixyer.Application.Features.Audit.ListAuditCheckpoints;
using Pixyer.Application.Features.Audit.ListAuditEntries;
using Pixyer.Application.Features.Audit.VerifyAuditLog;

namespace Pixyer.Api.Endpoints;

/// <summary>The audit log for staff and auditors: entries, verification, signed checkpoints and RFC 9162 proofs (docs/audit-log.md).</summary>
public sealed class AuditEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder routes)
    {
        var audit = routes.MapGroup("/admin/audit").WithTags("Audit");

        audit.MapGet("", ListEntries)
            .Sends<ListAuditEntriesQuery>()
            .WithName("ListAuditEntries")
            .WithSummary("Query the audit log by subject, actor and time, newest first; entries not yet sequenced come first, marked so")
            .ProducesValidationProblem()
            .RequiresSession();

        audit.MapGet("/verify", Verify)
            .Sends<VerifyAuditLogQuery>()
            .WithName("VerifyAuditLog")
            .WithSummary("Recompute the audit log from its rows and hold it against every signed checkpoint, in the database and outside it; report what is wrong and where")
            .RequiresSession();

        audit.MapGet("/checkpoints", ListCheckpoints)
            .Sends<ListAuditCheckpointsQuery>()
            .WithName("ListAuditCheckpoints")
            .WithSummary("The signed checkpoints of the audit log, newest first")
            .ProducesValidationProblem()
            .RequiresSession();

        audit.MapGet("/entries/{sequence:long}/proof", InclusionProof)
            .Sends<GetAuditInclusionProofQuery>()
            .WithName("GetAuditInclusionProof")
            .WithSummary("RFC 9162 inclusion proof of one entry against a signed checkpoint (?treeSize=, else the latest)")
            .WithDescription("Checkable with the public key of `GET /api/v1/privacy/audit-key` alone; 409 `audit-log-inconsistent` when "
                             + "the stored log no longer gives the checkpoint.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequiresSession();

        audit.MapGet("/consistency", ConsistencyProof)
            .Sends<GetAuditConsistencyProofQuery>()
            .WithName("GetAuditConsistencyProof")
            .WithSummary("RFC 9162 consistency proof between two signed checkpoints (?from=&to= tree sizes; to defaults to the latest)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequiresSession();
    }

    private static async Task<Ok<Paged<AuditEntryDto>>> ListEntries(
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

    private static async Task<Ok<AuditLogReport>> Verify(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new VerifyAuditLogQuery(), cancellationToken));

    private static async Task<Ok<Paged<AuditCheckpointDto>>> ListCheckpoints(
        int? page, int? pageSize, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListAuditCheckpointsQuery(Paging.From(page, pageSize)), cancellationToken));

    private static async Task<Ok<AuditInclusionProof>> InclusionProof(
        long sequence, long? treeSize, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetAuditInclusionProofQuery(sequence, treeSize), cancellationToken));

    private static async Task<Ok<AuditConsistencyProof>> ConsistencyProof(
        long from, long? to, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetAuditConsistencyProofQuery(from, to), cancellationToken));
}
