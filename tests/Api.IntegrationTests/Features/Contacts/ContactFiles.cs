using System.Net.Http.Headers;
using System.Text;

namespace Pixyer.Api.IntegrationTests.Features.Contacts;

/// <summary>Address-book files written in code, as a phone or a mail program would export them.</summary>
public static class ContactFiles
{
    public const string VCardType = "text/vcard";
    public const string CsvType = "text/csv";

    /// <summary>Three contacts in vCard 3.0, each with fields that must not be kept (address, note, organisation, birthday, photo).</summary>
    public static readonly string ThreeContacts = Lines(
        "BEGIN:VCARD",
        "VERSION:3.0",
        "N:Lovelace;Ada;;;",
        "FN:Ada Lovelace",
        "EMAIL;TYPE=INTERNET,HOME:ada@example.org",
        "TEL;TYPE=CELL:+44 20 7946 0001",
        "ADR;TYPE=HOME:;;12 Analytical Engine Row;London;;W1 2AB;UK",
        "NOTE:Owes me a cup of tea",
        "ORG:Difference Engines Ltd",
        "BDAY:1815-12-10",
        "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQEASABIAAD",
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:3.0",
        "N:Hopper;Grace;Brewster;;",
        "EMAIL:grace@example.org",
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:3.0",
        "FN:Alan Turing",
        "TEL;TYPE=WORK,VOICE:+44 161 496 0002",
        "item1.X-ABLabel:Bletchley",
        "END:VCARD");

    public static string Lines(params string[] lines) => string.Join("\r\n", lines) + "\r\n";

    public static MultipartFormDataContent Form(string content, string contentType, string fileName = "contacts.vcf") =>
        Form(Encoding.UTF8.GetBytes(content), contentType, fileName);

    public static MultipartFormDataContent Form(byte[] content, string contentType, string fileName)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return new MultipartFormDataContent { { file, "file", fileName } };
    }
}
