using Pixyer.Domain.Processing;

namespace Pixyer.Domain.Incidents;

/// <summary>
/// What staff know of a breach when they declare it (GDPR 33(3), 34(2)). Free text is about the breach and Pixyer's
/// systems; it never names a person. <c>SubjectAdvice</c> is what an affected person can do to protect themselves;
/// <c>ContactPoint</c> whom affected people and the authority can ask (the privacy officer's office).
/// </summary>
public sealed record IncidentFacts(
    DateTimeOffset DiscoveredAt,
    DateTimeOffset? OccurredFrom,
    DateTimeOffset? OccurredTo,
    string Nature,
    IReadOnlyList<DataCategory> DataCategories,
    string Systems,
    string LikelyConsequences,
    string MeasuresTaken,
    string MeasuresProposed,
    string SubjectAdvice,
    string ContactPoint);
