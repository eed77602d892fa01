using Mediator;
using Pixyer.Application.Common.Accounts;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Consent;
using Pixyer.Domain.BusinessTransfers;

namespace Pixyer.Application.Features.BusinessTransfers.DeclareBusinessTransfer;

/// <summary>
/// Obligation T1: staff declare a merger, acquisition or bankruptcy that moves personal information to
/// <see cref="NewHolder"/>, bound by this policy, from <see cref="EffectiveAt"/>. The server selects the affected accounts by
/// <see cref="Affected"/> and stores them; the business-transfer job mails each of them the notice and, once the transfer
/// takes effect, suspends their grants for <see cref="ChangedPurposes"/> (consent purposes the new holder processes
/// differently) until they grant them again. The new holder becomes a registered recipient. Declaring the same transfer
/// again (same new holder, kind and effective date) answers the one already declared and mails nobody twice.
/// </summary>
[Access(Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.Identity)]
public sealed record DeclareBusinessTransferCommand(
    [property: WireNameOf<BusinessTransferKind>] string Kind,
    NewHolder NewHolder,
    DateTimeOffset? EffectiveAt,
    AccountSelector Affected,
    [property: PurposeWideConsentName] IReadOnlyList<string>? ChangedPurposes)
    : ICommand<DeclaredBusinessTransfer>;

/// <summary>The transfer, and whether this request declared it (false: it had been declared before).</summary>
public sealed record DeclaredBusinessTransfer(BusinessTransferDto Transfer, bool Created);
