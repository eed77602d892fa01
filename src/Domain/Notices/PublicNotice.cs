namespace Pixyer.Domain.Notices;

/// <summary>
/// An announcement to everyone, listed anonymously at <c>GET /notices</c> beside the policy changes (obligations P3,
/// D1). It names no person: incident notices are written from the incident's facts, violation notices carry masked
/// identifiers only. Policy changes are not stored here; the policy versions are their own notices.
/// </summary>
public sealed class PublicNotice
{
    public const int TitleMaxLength = 200;

    /// <summary>Room for an incident's plain-language notice, every fact at its longest (checked by a unit test).</summary>
    public const int BodyMaxLength = 24_000;

    private PublicNotice()
    {
    }

    public PublicNoticeId Id { get; private set; }

    public PublicNoticeKind Kind { get; private set; }

    public string Title { get; private set; } = "";

    public string Body { get; private set; } = "";

    /// <summary>What the notice is about, e.g. the incident's id: an id, never a person's data.</summary>
    public string Reference { get; private set; } = "";

    public DateTimeOffset PublishedAt { get; private set; }

    /// <summary>Set when the notice is taken down; it is then no longer listed.</summary>
    public DateTimeOffset? WithdrawnAt { get; private set; }

    /// <summary>Notices are written from bounded facts and templates: a longer title or body is a defect, never stored cut.</summary>
    public static PublicNotice Publish(PublicNoticeKind kind, string title, string body, string reference, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(title.Length, TitleMaxLength, nameof(title));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(body.Length, BodyMaxLength, nameof(body));
        return new PublicNotice
        {
            Id = PublicNoticeId.New(),
            Kind = kind,
            Title = title,
            Body = body,
            Reference = reference,
            PublishedAt = now,
        };
    }

    public void Withdraw(DateTimeOffset now) => WithdrawnAt ??= now;
}
