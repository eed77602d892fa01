using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.RightsRequests.CloseRightsRequest;

/// <summary>
/// Staff close a correction request once the data is corrected; closing again changes nothing. Other requests close
/// when their own work is done (an export ready, an erasure certified, a guardian request rejected): 422
/// <c>rights-request-closes-itself</c>.
/// </summary>
[Access(Roles.Support | Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.None)]
public sealed record CloseRightsRequestCommand(Guid Id) : ICommand<RightsRequestDto>;
