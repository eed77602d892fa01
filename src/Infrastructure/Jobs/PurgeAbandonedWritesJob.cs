using Microsoft.Extensions.Options;
using Pixyer.Application.Features.Exports.PurgeAbandonedWrites;
using Quartz;

namespace Pixyer.Infrastructure.Jobs;

/// <summary>Deletes the <c>*.partial</c> files of writes killed mid-way, once older than the export lease.</summary>
[DisallowConcurrentExecution]
public sealed class PurgeAbandonedWritesJob(SystemCommands system, IOptions<InfrastructureOptions> options) : IJob
{
    public static readonly JobKey Key = new("purge-abandoned-writes", QuartzJobScheduler.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await system.SendAsync(new PurgeAbandonedWritesCommand(options.Value.Jobs.ExportLease), cancellationToken);
}
