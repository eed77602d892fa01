using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Profile.CorrectMyProfile;

/// <summary>
/// Obligation G3: a person corrects their username or email address. A new address takes effect once the token
/// mailed to it comes back; until then the old one stays in use.
/// </summary>
[Access(AccessLevel.Authenticated)]
[Processing(ProcessingPurpose.AccountManagement, LegalBasis.Contract, DataCategory.Identity, DataCategory.Contact)]
public sealed record CorrectMyProfileCommand(string? Username, string? Email) : ICommand<MyProfile>;
