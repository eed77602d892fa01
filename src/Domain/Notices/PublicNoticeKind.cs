namespace Pixyer.Domain.Notices;

/// <summary>What a public notice announces. The API spells them in snake_case.</summary>
public enum PublicNoticeKind
{
    /// <summary>P3: a security incident, where notifying each affected person is impractical.</summary>
    Incident,

    /// <summary>D1: a punishment for a violation or fraud, with masked identifiers only.</summary>
    Violation,
}
