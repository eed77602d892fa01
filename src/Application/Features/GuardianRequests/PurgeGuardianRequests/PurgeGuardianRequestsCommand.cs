using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.GuardianRequests.PurgeGuardianRequests;

/// <summary>
/// Obligation A2 retention: guardian requests decided more than three years ago
/// (<see cref="Domain.Rights.GuardianRequest.RetentionPeriod"/>) are deleted; their rights and deletion records, which
/// hold ids and dates only, stay. Returns how many.
/// </summary>
[Access(AccessLevel.System)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.Identity, DataCategory.Contact)]
public sealed record PurgeGuardianRequestsCommand : ICommand<int>;
