using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Exports.PurgeAbandonedWrites;

/// <summary>
/// Obligation G2: an export (or any save) killed mid-write leaves a half-written <c>*.partial</c> file in the file
/// store that no row names. Those older than <paramref name="Lease"/> (the export lease: a live export renews its claim
/// well within it, so its file is younger) are deleted; returns how many.
/// </summary>
[Access(AccessLevel.System)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.None)]
public sealed record PurgeAbandonedWritesCommand(TimeSpan Lease) : ICommand<int>;
