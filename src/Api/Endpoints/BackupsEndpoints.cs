using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Pixyer.Api.Http;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.Backups;
using Pixyer.Application.Features.Backups.GetBackup;
using Pixyer.Application.Features.Backups.ListBackups;
using Pixyer.Application.Features.Backups.RegisterBackup;
using Pixyer.Application.Features.Backups.RestoreBackup;

namespace Pixyer.Api.Endpoints;

public sealed class BackupsEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder routes)
    {
        var backups = routes.MapGroup("/admin/backups").WithTags("Admin");

        backups.MapPost("", Register)
            .WithName("RegisterBackup")
            .WithSummary("Register a backup that was taken: label, takenAt, expiresAt")
            .ProducesValidationProblem()
            .RequiresSession();

        backups.MapGet("", List)
            .Sends<ListBackupsQuery>()
            .WithName("ListBackups")
            .WithSummary("The backup register, newest first, each with the erased subjects it still holds")
            .ProducesValidationProblem()
            .RequiresSession();

        backups.MapGet("/{id:guid}", Get)
            .Sends<GetBackupQuery>()
            .WithName("GetBackup")
            .WithSummary("One registered backup and its last restore")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequiresSession();

        // The restoration sends the restore, then the replay's batches, which declare the same access.
        backups.MapPost("/{id:guid}/restored", Restored)
            .Sends<RestoreBackupCommand>()
            .WithName("BackupRestored")
            .WithSummary("Record that a backup was restored and erase again everyone erased since it was taken")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequiresSession();
    }

    private static async Task<Created<BackupDto>> Register(RegisterBackupCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var backup = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/admin/backups/{backup.Id}", backup);
    }

    private static async Task<Ok<Paged<BackupDto>>> List(int? page, int? pageSize, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListBackupsQuery(Paging.From(page, pageSize)), cancellationToken));

    private static async Task<Ok<BackupDto>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetBackupQuery(id), cancellationToken));

    private static async Task<Ok<BackupRestored>> Restored(Guid id, BackupRestoration restoration, CancellationToken cancellationToken) =>
        TypedResults.Ok(await restoration.RestoreAsync(id, cancellationToken));
}
