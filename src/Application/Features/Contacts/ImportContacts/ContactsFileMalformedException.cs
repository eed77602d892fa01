using Pixyer.Application.Common.Exceptions;

namespace Pixyer.Application.Features.Contacts.ImportContacts;

/// <summary>
/// The file cannot be read as vCards or CSV (422), naming the 1-based line where reading stopped. The reason never
/// quotes the file's values: they are other people's data.
/// </summary>
public sealed class ContactsFileMalformedException(int line, string reason)
    : ProblemException(422, "contacts-file-malformed", "Contacts file malformed", $"Line {line}: {reason}")
{
    public int Line { get; } = line;

    public override IReadOnlyDictionary<string, object?> Extensions => new Dictionary<string, object?> { ["line"] = Line };
}
