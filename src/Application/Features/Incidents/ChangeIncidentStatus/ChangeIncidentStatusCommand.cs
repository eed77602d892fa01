using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;
using Pixyer.Application.Common;
using Pixyer.Domain.Incidents;

namespace Pixyer.Application.Features.Incidents.ChangeIncidentStatus;

/// <summary>Obligation P3: staff move an incident forward (contained, closed), with a note kept in its timeline.</summary>
[Access(Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.Security, LegalBasis.LegalObligation, DataCategory.None)]
public sealed record ChangeIncidentStatusCommand(Guid IncidentId, [property: WireNameOf<IncidentStatus>] string Status, string? Note) : ICommand<IncidentDetails>;
