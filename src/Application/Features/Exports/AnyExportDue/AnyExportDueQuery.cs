using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Exports.AnyExportDue;

/// <summary>Obligation G3: whether an export waits for a worker (a query, so that an idle poll leaves no audit entry).</summary>
[Access(AccessLevel.System)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.None)]
public sealed record AnyExportDueQuery : IQuery<bool>;
