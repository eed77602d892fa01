namespace Pixyer.Application.Common.PersonalData;

/// <summary>
/// Commits an export's progress while its archive is written: each report is a command of its own, in a scope and
/// transaction of its own, since the archive is written without a transaction and a step sent in its scope would
/// share its change tracker and take its commit hooks. A report renews the worker's lease, and refuses a worker that
/// lost its claim. Implemented in Infrastructure, which sends it as the system.
/// </summary>
public interface IExportProgress
{
    Task ReportAsync(Guid exportId, int attempt, int progress, CancellationToken cancellationToken);
}
