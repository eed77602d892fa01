using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Recipients.RetireRecipient;

/// <summary>
/// Obligation S2: staff stop all sharing with a recipient. It stays in the register for the disclosures that name it,
/// but the register refuses any new disclosure to it. Retiring a retired recipient changes nothing.
/// </summary>
[Access(Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.None)]
public sealed record RetireRecipientCommand(Guid Id) : ICommand;
