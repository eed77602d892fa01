using Pixyer.Application.Common;
using Pixyer.Domain.Incidents;

namespace Pixyer.Application.Features.Incidents;

/// <summary>
/// What people are told of an incident, in plain language (GDPR 34(2)): what happened, which of their data, the likely
/// consequences, what Pixyer did, what they can do, whom to ask. The same words go into the mail, the person's notice and
/// the public notice; none of them names anyone.
/// </summary>
public static class IncidentTexts
{
    /// <summary>
    /// The longest <see cref="Body"/>: five facts and the contact point at their longest, every data category and
    /// both dates, with the template's own words (a unit test writes it).
    /// </summary>
    public const int BodyMaxLength = 5 * Incident.TextMaxLength + Incident.ContactPointMaxLength + 1_500;

    public static string Title(Incident incident) => $"Security incident discovered on {incident.DiscoveredAt:yyyy-MM-dd}";

    public static string Body(Incident incident) =>
        $"""
         What happened: {incident.Nature}
         {When(incident)}
         Your data involved: {string.Join(", ", incident.DataCategories.Select(c => WireNames.Of(c).Replace('_', ' ')))}.

         What it may mean for you: {incident.LikelyConsequences}

         What we did: {incident.MeasuresTaken}
         What we are doing next: {incident.MeasuresProposed}

         What you can do: {incident.SubjectAdvice}

         Questions: {incident.ContactPoint}
         """;

    public static string MailBody(Incident incident) =>
        $"""
         We are writing to tell you about a security incident at Pixyer that involved your personal data.

         {Body(incident)}

         You receive this message because the law requires us to tell you; it is sent whatever your marketing choices.
         You can also read it in your account under "My notices".
         """;

    private static string When(Incident incident) => (incident.OccurredFrom, incident.OccurredTo) switch
    {
        ({ } from, { } to) => $"When: between {from:yyyy-MM-dd HH:mm} and {to:yyyy-MM-dd HH:mm} UTC.",
        ({ } from, null) => $"When: from {from:yyyy-MM-dd HH:mm} UTC.",
        _ => "When: we are still establishing when it began.",
    };
}
