using Pixyer.Application.Common.Exceptions;

namespace Pixyer.Application.Features.Contacts.ImportContacts;

/// <summary>The file is declared as neither a vCard nor CSV (415).</summary>
public sealed class UnsupportedContactsFileTypeException()
    : ProblemException(
        415,
        "unsupported-contacts-type",
        "Unsupported contacts file type",
        $"Send a vCard ({string.Join(", ", ContactFileFormats.VCardTypes)}) or CSV ({string.Join(", ", ContactFileFormats.CsvTypes)}) file.");
