using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Recipients.ReviseRecipient;

/// <summary>
/// Obligations S2, X1: staff revise a recipient, e.g. after a new security assessment or a move to another country. Past
/// disclosures keep the transfer mechanism that covered them; the key never changes.
/// </summary>
[Access(Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.None)]
public sealed record ReviseRecipientCommand(
    Guid Id, string Name, string Category, string Country, DateOnly? SecurityAssessedOn, string? TransferMechanism)
    : ICommand<RecipientDto>, IRecipientDetails;
