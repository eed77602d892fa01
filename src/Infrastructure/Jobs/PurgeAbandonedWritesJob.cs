using Microsoft.Extensions.Options;
using Pixyer.Application.Features.Exports.PurgeAbandonedWrites;
using Quartz;

namespace Pixyer.Infrastructure.Jobs;

/// <summary>Deletes the half-written files of writes killed mid-way, once untouched for the abandoned-write age.</summary>
[DisallowConcurrentExecution]
public sealed class PurgeAbandonedWritesJob(SystemCommands system, IOptions<InfrastructureOptions> options) : IJob
{
    public static readonly JobKey Key = new("purge-abandoned-writes", QuartzJobScheduler.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await system.SendAsync(new PurgeAbandonedWritesCommand(options.Value.Jobs.AbandonedWriteAge), cancellationToken);
}
