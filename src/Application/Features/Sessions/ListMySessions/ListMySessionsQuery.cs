using Mediator;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Sessions.ListMySessions;

/// <summary>Obligation G1: the caller's active sessions, to spot and end one they do not recognise.</summary>
[Access(AccessLevel.Authenticated)]
[Processing(ProcessingPurpose.AccountManagement, LegalBasis.Contract, DataCategory.DeviceAndAccess)]
public sealed record ListMySessionsQuery(PageRequest Page) : IQuery<Paged<SessionSummary>>;
