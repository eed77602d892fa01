using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Contacts.DeleteMyContact;

/// <summary>Obligations C11, G5: the importer deletes one imported contact; another person's id answers 404.</summary>
[Access(AccessLevel.Authenticated)]
[AllowedBeforePolicyAcceptance]
[Processing(ProcessingPurpose.ServiceProvision, LegalBasis.Consent, DataCategory.Contacts)]
public sealed record DeleteMyContactCommand(Guid Id) : ICommand;
