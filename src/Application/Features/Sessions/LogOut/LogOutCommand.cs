using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Sessions.LogOut;

/// <summary>Obligation G1: ends the current session; its token answers 401 from then on.</summary>
[Access(AccessLevel.Authenticated)]
[AllowedBeforePolicyAcceptance]
[Processing(ProcessingPurpose.AccountManagement, LegalBasis.Contract, DataCategory.DeviceAndAccess)]
public sealed record LogOutCommand : ICommand;
