using Mediator;
using Pixyer.Application.Common.Accounts;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;
using Pixyer.Application.Common;

namespace Pixyer.Application.Features.Incidents.DeclareIncident;

/// <summary>
/// Obligation P3: staff declare a personal-data breach. The affected people are <see cref="Affected"/>, a rule the server
/// evaluates now; the incident keeps the rule, the people it found and their count. The 72-hour clock runs from
/// <see cref="DiscoveredAt"/>.
/// </summary>
[Access(Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.Security, LegalBasis.LegalObligation, DataCategory.Identity)]
public sealed record DeclareIncidentCommand(
    DateTimeOffset DiscoveredAt,
    DateTimeOffset? OccurredFrom,
    DateTimeOffset? OccurredTo,
    string Nature,
    [property: WireNameOf<DataCategory>] IReadOnlyList<string> DataCategories,
    string Systems,
    string LikelyConsequences,
    string MeasuresTaken,
    string MeasuresProposed,
    string SubjectAdvice,
    string ContactPoint,
    AccountSelector Affected) : ICommand<IncidentDetails>;
