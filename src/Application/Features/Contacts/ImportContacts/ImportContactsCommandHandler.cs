using System.Text;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common.Files;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Contacts;

namespace Pixyer.Application.Features.Contacts.ImportContacts;

/// <summary>
/// Reads the whole file (at most <see cref="PixyerOptions.ContactOptions.MaxImportBytes"/>), so that a malformed one
/// adds nothing, and adds the contacts the owner has not imported yet. One import per owner at a time: a concurrent
/// one waits, so that both cannot add the same contact.
/// </summary>
public sealed class ImportContactsCommandHandler(
    IAppDbContext db, ICurrentActor actor, ISubjectLocks locks, IOptions<PixyerOptions> options, TimeProvider clock)
    : ICommandHandler<ImportContactsCommand, ContactImportResult>
{
    public async ValueTask<ContactImportResult> Handle(ImportContactsCommand command, CancellationToken cancellationToken)
    {
        var owner = actor.RequiredAccountId;
        var format = ContactFileFormats.Of(command.ContentType);
        var content = await BoundedRead.ReadAtMostAsync(command.Content, options.Value.Contacts.MaxImportBytes, cancellationToken);
        var cards = format == ContactFileFormat.VCard ? VCardReader.Read(Encoding.UTF8.GetString(content.Span)) : CsvContactsReader.Read(content);
        EnsureWithinLimits(cards);

        await locks.LockAsync("contacts", owner.Value, cancellationToken);
        var known = (await db.ImportedContacts.Where(c => c.OwnerId == owner).Select(c => c.IdentityKey).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        var (imported, alreadyImported) = (0, 0);
        foreach (var card in cards.Where(c => ImportedContact.HasAnything(c.Name, c.Email, c.Phone)))
        {
            var contact = ImportedContact.Import(owner, card.Name, card.Email, card.Phone, now);
            if (!known.Add(contact.IdentityKey))
            {
                alreadyImported++;
                continue;
            }

            db.ImportedContacts.Add(contact);
            imported++;
        }

        return new ContactImportResult(cards.Count, imported, alreadyImported, cards.Count - imported - alreadyImported);
    }

    private static void EnsureWithinLimits(IReadOnlyList<ContactCard> cards)
    {
        foreach (var card in cards)
        {
            if (ImportedContact.FirstTooLong(card.Name, card.Email, card.Phone) is { } field)
            {
                throw new ContactsFileMalformedException(card.Line, $"the contact's {field} is longer than accepted.");
            }
        }
    }
}
