using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Exports.PurgeExpiredExports;

/// <summary>
/// Obligation G3 retention: archives ready for more than seven days are deleted (their files once the export rows
/// say <c>expired</c> have committed); returns how many, at most <see cref="BatchSize"/> per command.
/// </summary>
[Access(AccessLevel.System)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.None)]
public sealed record PurgeExpiredExportsCommand : ICommand<int>
{
    public const int BatchSize = 100;
}
