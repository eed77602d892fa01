using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Inquiries.AssignInquiry;

/// <summary>
/// Obligation U4: staff give a thread in their queue to a staff member (Support and up), or take it back from them
/// with no <paramref name="AssigneeId"/>; anyone else answers 422.
/// </summary>
[Access(Roles.Support | Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.CustomerSupport, LegalBasis.Contract, DataCategory.Inquiries)]
public sealed record AssignInquiryCommand(Guid Id, Guid? AssigneeId) : ICommand<InquirySummaryDto>;
