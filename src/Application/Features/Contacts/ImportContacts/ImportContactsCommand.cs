using Mediator;
using Pixyer.Application.Common.Consent;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Consents;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Contacts.ImportContacts;

/// <summary>
/// Obligation C11: a person imports contacts from a device's address book, as a vCard 3.0/4.0 or CSV file, only with
/// the <c>contacts_import</c> consent. Of each contact the name, e-mail address and phone number are kept, every other
/// field is dropped; a contact already imported (same identity key, see <see cref="Domain.Contacts.ImportedContact.IdentityKey"/>)
/// is not added again.
/// </summary>
/// <param name="ContentType">The file's declared media type: it decides between vCard and CSV (415 for any other).</param>
/// <param name="Content">The file's bytes; read once, up to the configured limit (413 beyond).</param>
[Access(AccessLevel.Authenticated)]
[Processing(ProcessingPurpose.ServiceProvision, LegalBasis.Consent, DataCategory.Contacts)]
[RequiresConsent(ConsentPurpose.ContactsImport)]
public sealed record ImportContactsCommand(string? ContentType, Stream Content) : ICommand<ContactImportResult>
{
    public override string ToString() => nameof(ImportContactsCommand);
}

/// <summary>How many contacts the file held, how many were added, already there, or held nothing to keep.</summary>
public sealed record ContactImportResult(int Read, int Imported, int AlreadyImported, int Empty);
