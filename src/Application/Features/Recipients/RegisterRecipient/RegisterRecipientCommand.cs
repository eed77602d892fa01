using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;
using Pixyer.Application.Common;
using Pixyer.Domain.Disclosures;

namespace Pixyer.Application.Features.Recipients.RegisterRecipient;

/// <summary>
/// Obligations S2, X1: staff add a party personal data may be disclosed to. <see cref="Key"/> is the stable slug adapters
/// name it by in configuration (e.g. <c>Pixyer:Generation:Http:RecipientKey</c>).
/// </summary>
[Access(Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.None)]
public sealed record RegisterRecipientCommand(
    string Key, string Name, [property: WireNameOf<RecipientCategory>] string Category, string Country, DateOnly? SecurityAssessedOn, string? TransferMechanism)
    : ICommand<RecipientDto>, IRecipientDetails;
