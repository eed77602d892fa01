using Pixyer.Application.Features.Contacts.ImportContacts;

namespace Pixyer.Application.UnitTests.Contacts;

[Trait("Obligation", "C11")]
public sealed class VCardReaderTests
{
    [Fact]
    public void Read_WithLfLinesBlankLinesAndGroups_ShouldKeepNameFirstEmailAndFirstPhone()
    {
        const string text = "BEGIN:VCARD\nVERSION:3.0\nitem1.EMAIL;type=INTERNET:first@example.org\nEMAIL:second@example.org\n"
                            + "TEL:+1 555 0100\nTEL:+1 555 0199\nN:Curie;Marie;Salomea;;\nEND:VCARD\n\n\nbegin:vcard\nversion:4.0\nfn:Pierre\nend:vcard\n";

        var cards = VCardReader.Read(text);

        Assert.Equal([new ContactCard(1, "Marie Salomea Curie", "first@example.org", "+1 555 0100"), new ContactCard(11, "Pierre", null, null)], cards);
    }

    [Fact]
    public void Read_FoldedAndEscapedValues_ShouldBeUnfoldedAndUnescaped()
    {
        const string text = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Doe\\; Jane\\\\ \r\n\tthe \\\"Second\\\"\r\nEND:VCARD\r\n";

        var card = Assert.Single(VCardReader.Read(text));

        Assert.Equal("Doe; Jane\\ the \"Second\"", card.Name);
    }

    [Fact]
    public void Read_FormattedName_ShouldWinOverTheStructuredName()
    {
        var card = Assert.Single(VCardReader.Read("BEGIN:VCARD\nVERSION:3.0\nN:Doe;John;;;\nFN:Johnny D.\nEND:VCARD"));

        Assert.Equal("Johnny D.", card.Name);
    }

    [Theory]
    [InlineData("", 1)]
    [InlineData("BEGIN:VCARD\nVERSION:3.0\nEND:VCARD\nNOTE:stray\n", 4)]
    [InlineData("BEGIN:VCARD\nVERSION:3.0\n;no name:x\nEND:VCARD\n", 3)]
    public void Read_WhenMalformed_ShouldNameTheLine(string text, int line)
    {
        var malformed = Assert.Throws<ContactsFileMalformedException>(() => VCardReader.Read(text));

        Assert.Equal(line, malformed.Line);
    }
}
