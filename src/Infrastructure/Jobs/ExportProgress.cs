using Microsoft.Extensions.Options;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Application.Features.Exports.RecordExportProgress;

namespace Pixyer.Infrastructure.Jobs;

/// <summary>Commits an export's progress as a system command of its own, renewing the worker's lease.</summary>
public sealed class ExportProgress(SystemCommands system, IOptions<InfrastructureOptions> options) : IExportProgress
{
    public Task ReportAsync(Guid exportId, int attempt, int progress, CancellationToken cancellationToken) =>
        system.SendAsync(new RecordExportProgressCommand(exportId, attempt, progress, options.Value.Jobs.ExportLease), cancellationToken);
}
