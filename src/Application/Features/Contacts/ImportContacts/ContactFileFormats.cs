namespace Pixyer.Application.Features.Contacts.ImportContacts;

public enum ContactFileFormat
{
    VCard,
    Csv,
}

/// <summary>The media types an address-book export is declared as, by the devices and browsers that send one.</summary>
public static class ContactFileFormats
{
    public static readonly IReadOnlyList<string> VCardTypes = ["text/vcard", "text/x-vcard", "text/directory"];

    public static readonly IReadOnlyList<string> CsvTypes = ["text/csv", "application/csv", "text/comma-separated-values", "application/vnd.ms-excel"];

    /// <summary>The format of a declared media type (parameters such as <c>charset</c> aside); 415 for any other.</summary>
    public static ContactFileFormat Of(string? contentType)
    {
        var mediaType = (contentType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        return VCardTypes.Contains(mediaType) ? ContactFileFormat.VCard
            : CsvTypes.Contains(mediaType) ? ContactFileFormat.Csv
            : throw new UnsupportedContactsFileTypeException();
    }
}
