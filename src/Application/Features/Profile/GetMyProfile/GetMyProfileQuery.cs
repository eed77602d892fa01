using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Profile.GetMyProfile;

/// <summary>Obligation G3: a person reads the personal information their account holds.</summary>
[Access(AccessLevel.Authenticated)]
[Processing(ProcessingPurpose.AccountManagement, LegalBasis.Contract, DataCategory.Identity, DataCategory.Contact, DataCategory.DateOfBirth)]
public sealed record GetMyProfileQuery : IQuery<MyProfile>;
