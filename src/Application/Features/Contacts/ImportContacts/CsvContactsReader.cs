using CsvHelper;

namespace Pixyer.Application.Features.Contacts.ImportContacts;

/// <summary>
/// Reads a CSV address book (RFC 4180, separator detected) with CsvHelper: a header row, then one contact per record.
/// Kept are the columns the header names as the name (or first and last name), the e-mail address and the phone number,
/// in the spellings of common exports (Google, Outlook, Apple); every other column is passed over unread.
/// </summary>
public static class CsvContactsReader
{
    private static readonly string[] NameColumns = ["name", "fullname", "displayname"];
    private static readonly string[] FirstNameColumns = ["firstname", "givenname"];
    private static readonly string[] LastNameColumns = ["lastname", "familyname", "surname"];
    private static readonly string[] EmailColumns = ["email", "emailaddress", "mail", "email1value"];
    private static readonly string[] PhoneColumns = ["phone", "phonenumber", "telephone", "tel", "mobile", "mobilephone", "cellphone", "phone1value"];

    private static readonly CsvReaderOptions Options = new()
    {
        HasHeader = true,
        MalformedData = CsvMalformedDataHandling.Throw,
        FieldCountMismatch = CsvFieldCountHandling.Throw,
        TrackLineNumbers = true,
        IncludeValuesInExceptions = false,
        SkipEmptyLines = true,
    };

    public static IReadOnlyList<ContactCard> Read(ReadOnlyMemory<byte> content)
    {
        try
        {
            using var reader = CsvReader.Create(content, Options);
            var columns = Columns.Of(reader.Headers);
            var cards = new List<ContactCard>();
            while (reader.Read())
            {
                cards.Add(columns.CardOf(reader));
            }

            return cards.Count == 0 ? throw new ContactsFileMalformedException(1, "the file holds a header and no contact.") : cards;
        }
        catch (CsvFormatException malformed)
        {
            throw new ContactsFileMalformedException((int)Math.Max(malformed.LineNumber, 1), "the CSV quoting or field count is broken.");
        }
    }

    /// <summary>Header names compared by their letters and digits only, in lower case: "E-mail Address" is emailaddress.</summary>
    private static string Normalized(string header) => new(header.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private sealed record Columns(int Name, int FirstName, int LastName, int Email, int Phone)
    {
        public static Columns Of(IReadOnlyList<string> headers)
        {
            var normalized = headers.Select(Normalized).ToList();
            int IndexOf(string[] names) => normalized.FindIndex(names.Contains);
            var columns = new Columns(IndexOf(NameColumns), IndexOf(FirstNameColumns), IndexOf(LastNameColumns), IndexOf(EmailColumns), IndexOf(PhoneColumns));
            return columns is { Name: < 0, FirstName: < 0, LastName: < 0, Email: < 0, Phone: < 0 }
                ? throw new ContactsFileMalformedException(1, "the header names no name, e-mail or phone column.")
                : columns;
        }

        public ContactCard CardOf(CsvReader record)
        {
            string? Field(int index) => index < 0 ? null : record.GetString(index);
            var name = Field(Name);
            if (string.IsNullOrWhiteSpace(name))
            {
                name = string.Join(' ', new[] { Field(FirstName), Field(LastName) }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));
            }

            return new ContactCard((int)record.LineNumber, name, Field(Email), Field(Phone));
        }
    }
}
