using Pixyer.Domain.Accounts;

namespace Pixyer.Domain.Campaigns;

/// <summary>
/// A marketing mail staff write once and send to an audience (obligations U9, K3): the subject, the plain-text body, the
/// rule that selects the audience, and whether the mail carries an open pixel. Sending picks, once, the accounts of the
/// audience whose <c>marketing_email</c> grant stands at that moment (<see cref="Mails"/>); nobody else is ever mailed.
/// </summary>
public sealed class Campaign
{
    public const int SubjectMaxLength = 200;
    public const int BodyMaxLength = 20_000;

    private readonly List<CampaignMail> mails = [];

    private Campaign()
    {
    }

    public CampaignId Id { get; private set; }

    public string Subject { get; private set; } = "";

    public string Body { get; private set; } = "";

    /// <summary>The rule that selects the audience, as the API spelled it.</summary>
    public string Audience { get; private set; } = "";

    /// <summary>Whether each mail carries an open pixel; an open is recorded only for people with analytics consent (K3).</summary>
    public bool TracksOpens { get; private set; }

    public AccountId CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public AccountId? SentBy { get; private set; }

    /// <summary>When staff sent it; null: a draft.</summary>
    public DateTimeOffset? SentAt { get; private set; }

    public IReadOnlyList<CampaignMail> Mails => mails;

    public static Campaign Create(string subject, string body, string audience, bool tracksOpens, AccountId createdBy, DateTimeOffset now) => new()
    {
        Id = CampaignId.New(),
        Subject = subject.Trim(),
        Body = body,
        Audience = audience,
        TracksOpens = tracksOpens,
        CreatedBy = createdBy,
        CreatedAt = now,
    };

    /// <summary>Sends the campaign to <paramref name="consenting"/>, the audience's accounts that grant marketing email now.</summary>
    public void Send(IEnumerable<AccountId> consenting, AccountId sentBy, DateTimeOffset now)
    {
        if (SentAt is not null)
        {
            throw new InvalidOperationException("The campaign was already sent.");
        }

        SentBy = sentBy;
        SentAt = now;
        mails.AddRange(consenting.Select(subject => CampaignMail.To(Id, subject)));
    }
}
