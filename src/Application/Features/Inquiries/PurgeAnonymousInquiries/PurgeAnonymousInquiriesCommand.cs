using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Inquiries.PurgeAnonymousInquiries;

/// <summary>
/// Retention of inquiries written without an account (C7, Q1, R1), which no account's erasure reaches: an address never
/// verified is forgotten after <c>Pixyer:Inquiries:UnverifiedRetention</c>, and a thread silent for
/// <c>Pixyer:Inquiries:AnonymousRetention</c> is deleted, except that a complaint's record stays under a pseudonym as
/// after an account's erasure. Returns how many inquiries were purged.
/// </summary>
[Access(AccessLevel.System)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.Inquiries, DataCategory.Identity, DataCategory.Contact)]
public sealed record PurgeAnonymousInquiriesCommand : ICommand<int>;
