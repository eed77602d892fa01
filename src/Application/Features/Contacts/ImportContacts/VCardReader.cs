using System.Text;

namespace Pixyer.Application.Features.Contacts.ImportContacts;

/// <summary>
/// Reads vCard 3.0 (RFC 2426) and 4.0 (RFC 6350) files: unfolds continued lines, and keeps of each card only its
/// formatted name (or, without one, the given and family names of N), its first EMAIL and its first TEL. Every other
/// property is passed over unread. No vCard library is served to this project, so this small reader is ours.
/// </summary>
public static class VCardReader
{
    private static readonly string[] Versions = ["3.0", "4.0"];

    public static IReadOnlyList<ContactCard> Read(string text)
    {
        var cards = new List<ContactCard>();
        CardBuilder? card = null;
        foreach (var (line, content) in Unfold(text))
        {
            var property = Property.Parse(line, content);
            if (card is null)
            {
                card = property.Is("BEGIN", "VCARD") ? new CardBuilder(line) : throw new ContactsFileMalformedException(line, "expected BEGIN:VCARD.");
            }
            else if (property.Is("BEGIN", "VCARD"))
            {
                throw new ContactsFileMalformedException(line, $"a vCard begins before the one of line {card.Line} ends.");
            }
            else if (property.Is("END", "VCARD"))
            {
                cards.Add(card.Build());
                card = null;
            }
            else
            {
                card.Add(property);
            }
        }

        return card is not null
            ? throw new ContactsFileMalformedException(card.Line, "this vCard has no END:VCARD.")
            : cards.Count == 0 ? throw new ContactsFileMalformedException(1, "the file holds no vCard.") : cards;
    }

    /// <summary>The logical lines with the 1-based physical line each starts on: a line that begins with a space or tab continues the one before.</summary>
    private static List<(int Line, string Content)> Unfold(string text)
    {
        var lines = new List<(int Line, StringBuilder Content)>();
        var physical = text.TrimStart('\uFEFF').Split('\n');
        for (var i = 0; i < physical.Length; i++)
        {
            var raw = physical[i].TrimEnd('\r');
            if (raw.Length > 0 && raw[0] is ' ' or '\t' && lines.Count > 0)
            {
                lines[^1].Content.Append(raw, 1, raw.Length - 1);
            }
            else if (raw.Trim().Length > 0)
            {
                lines.Add((i + 1, new StringBuilder(raw)));
            }
        }

        return lines.Select(l => (l.Line, l.Content.ToString())).ToList();
    }

    /// <summary>One content line: <c>[group.]NAME[;param=value...]:value</c>.</summary>
    private sealed record Property(string Name, string RawValue)
    {
        public static Property Parse(int line, string content)
        {
            var colon = IndexOutsideQuotes(content, ':');
            if (colon <= 0)
            {
                throw new ContactsFileMalformedException(line, "not a vCard property (NAME:value).");
            }

            var nameEnd = IndexOutsideQuotes(content[..colon], ';');
            var name = content[..(nameEnd < 0 ? colon : nameEnd)].Trim();
            var group = name.LastIndexOf('.');
            return group == name.Length - 1
                ? throw new ContactsFileMalformedException(line, "a vCard property has no name.")
                : new Property(name[(group + 1)..].ToUpperInvariant(), content[(colon + 1)..]);
        }

        public bool Is(string name, string value) => Name == name && RawValue.Trim().Equals(value, StringComparison.OrdinalIgnoreCase);

        /// <summary>The value's components (N has five, separated by unescaped semicolons), each unescaped.</summary>
        public List<string> Components()
        {
            var components = new List<string>();
            var current = new StringBuilder();
            for (var i = 0; i < RawValue.Length; i++)
            {
                var c = RawValue[i];
                if (c == '\\' && i + 1 < RawValue.Length)
                {
                    var escaped = RawValue[++i];
                    current.Append(escaped is 'n' or 'N' ? ' ' : escaped);
                }
                else if (c == ';')
                {
                    components.Add(current.ToString());
                    current.Clear();
                }
                else
                {
                    current.Append(c);
                }
            }

            components.Add(current.ToString());
            return components;
        }

        /// <summary>The whole value, unescaped (a text value's semicolons are escaped, so it is one component).</summary>
        public string Text() => string.Join(';', Components());

        private static int IndexOutsideQuotes(string text, char wanted)
        {
            var quoted = false;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '"')
                {
                    quoted = !quoted;
                }
                else if (text[i] == wanted && !quoted)
                {
                    return i;
                }
            }

            return -1;
        }
    }

    private sealed class CardBuilder(int line)
    {
        private string? version;
        private string? formattedName;
        private string? structuredName;
        private string? email;
        private string? phone;

        public int Line { get; } = line;

        public void Add(Property property)
        {
            switch (property.Name)
            {
                case "VERSION":
                    version = property.RawValue.Trim();
                    break;
                case "FN":
                    formattedName ??= property.Text();
                    break;
                case "N":
                    structuredName ??= NameOf(property.Components());
                    break;
                case "EMAIL":
                    email ??= property.Text();
                    break;
                case "TEL":
                    phone ??= WithoutTelScheme(property.Text());
                    break;
            }
        }

        public ContactCard Build()
        {
            if (version is null)
            {
                throw new ContactsFileMalformedException(Line, "this vCard has no VERSION.");
            }

            if (!Versions.Contains(version))
            {
                throw new ContactsFileMalformedException(Line, "only vCard 3.0 and 4.0 are read.");
            }

            return new ContactCard(Line, string.IsNullOrWhiteSpace(formattedName) ? structuredName : formattedName, email, phone);
        }

        /// <summary>N is family;given;additional;prefixes;suffixes: read as "given additional family".</summary>
        private static string? NameOf(List<string> parts)
        {
            string[] ordered = [.. parts.Skip(1).Take(2), parts[0]];
            var name = string.Join(' ', ordered.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()));
            return name.Length == 0 ? null : name;
        }

        /// <summary>vCard 4.0 writes TEL as a URI (<c>tel:+1-555-0100</c>).</summary>
        private static string WithoutTelScheme(string value)
        {
            var trimmed = value.Trim();
            return trimmed.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) ? trimmed[4..] : trimmed;
        }
    }
}
