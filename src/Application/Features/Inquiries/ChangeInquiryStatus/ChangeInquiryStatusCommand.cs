using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;
using Pixyer.Application.Common;
using Pixyer.Domain.Inquiries;

namespace Pixyer.Application.Features.Inquiries.ChangeInquiryStatus;

/// <summary>
/// Obligations Q1, U4: staff move a thread to another status (<c>open</c>, <c>waiting_on_customer</c>,
/// <c>answered</c>, <c>closed</c>); closing stops its clock. A closed thread, or its own status, answers 422.
/// </summary>
[Access(Roles.Support | Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.CustomerSupport, LegalBasis.Contract, DataCategory.Inquiries)]
public sealed record ChangeInquiryStatusCommand(Guid Id, [property: WireNameOf<InquiryStatus>] string Status) : ICommand<InquirySummaryDto>;
