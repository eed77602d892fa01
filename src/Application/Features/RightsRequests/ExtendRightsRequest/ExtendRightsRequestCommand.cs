using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.RightsRequests.ExtendRightsRequest;

/// <summary>
/// Staff extend an open rights request's deadline once, by 1 to 60 days, with a reason; the person who asked (the
/// account holder, or for a guardian request the guardian) is mailed the new due date and the reason. Another
/// extension, more than 60 days or a closed request: 422 <c>extension-not-allowed</c>.
/// </summary>
[Access(Roles.Support | Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.Contact)]
public sealed record ExtendRightsRequestCommand(Guid Id, int Days, string Reason) : ICommand<RightsRequestDto>;
