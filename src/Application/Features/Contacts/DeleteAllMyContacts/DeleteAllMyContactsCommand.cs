using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Contacts.DeleteAllMyContacts;

/// <summary>Obligations C11, G5: the importer deletes every contact they imported; answers how many went.</summary>
[Access(AccessLevel.Authenticated)]
[AllowedBeforePolicyAcceptance]
[Processing(ProcessingPurpose.ServiceProvision, LegalBasis.Consent, DataCategory.Contacts)]
public sealed record DeleteAllMyContactsCommand : ICommand<int>;
