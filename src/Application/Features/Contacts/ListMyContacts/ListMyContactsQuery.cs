using Mediator;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Contacts.ListMyContacts;

/// <summary>Obligation C11: the contacts the caller imported, by name (paged).</summary>
[Access(AccessLevel.Authenticated)]
[Processing(ProcessingPurpose.ServiceProvision, LegalBasis.Consent, DataCategory.Contacts)]
public sealed record ListMyContactsQuery(PageRequest Page) : IQuery<Paged<ContactDto>>;
