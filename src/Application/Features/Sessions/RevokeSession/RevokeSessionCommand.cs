using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Sessions.RevokeSession;

/// <summary>Obligation G1: ends one of the caller's sessions, e.g. on a lost device. Another person's id answers 404.</summary>
[Access(AccessLevel.Authenticated)]
[AllowedBeforePolicyAcceptance]
[Processing(ProcessingPurpose.AccountManagement, LegalBasis.Contract, DataCategory.DeviceAndAccess)]
public sealed record RevokeSessionCommand(Guid SessionId) : ICommand;
