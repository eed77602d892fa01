using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Sessions.LogOutEverywhere;

/// <summary>Obligation G1: ends every session of the caller's account, this one included.</summary>
[Access(AccessLevel.Authenticated)]
[AllowedBeforePolicyAcceptance]
[Processing(ProcessingPurpose.AccountManagement, LegalBasis.Contract, DataCategory.DeviceAndAccess)]
public sealed record LogOutEverywhereCommand : ICommand<SessionsRevoked>;
