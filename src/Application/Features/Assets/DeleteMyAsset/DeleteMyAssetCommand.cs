using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Assets.DeleteMyAsset;

/// <summary>
/// Obligation C3: deletes one of the caller's assets, its row and then its file. Another person's id answers 404.
/// The generation that produced it keeps its state; it does not render the asset again.
/// </summary>
[Access(AccessLevel.Authenticated)]
[Processing(ProcessingPurpose.ServiceProvision, LegalBasis.Contract, DataCategory.GeneratedAssets)]
public sealed record DeleteMyAssetCommand(Guid Id) : ICommand;
