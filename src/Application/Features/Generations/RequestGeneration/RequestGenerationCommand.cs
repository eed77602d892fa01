using Mediator;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Generation;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Generations.RequestGeneration;

/// <summary>
/// Obligations C3, U2: queue the generation of marketing visuals from one of the caller's uploads, one image per
/// format. Generating is what the person signed up for (contract), so it needs no consent, but it needs a verified
/// email address and a generation left in the caller's plan or free tier (402 <c>quota-exceeded</c>). A worker
/// renders it later; <c>GET /generations/{id}</c> follows it.
/// </summary>
[Access(AccessLevel.Authenticated)]
[Processing(ProcessingPurpose.ServiceProvision, LegalBasis.Contract, DataCategory.Uploads, DataCategory.GeneratedAssets)]
public sealed record RequestGenerationCommand(
    Guid UploadId, [property: TemplateName] string Template, [property: FormatName] IReadOnlyList<string> Formats, string? Headline)
    : ICommand<GenerationAccepted>, IIdempotentCommand;

public sealed record GenerationAccepted(Guid Id, [property: WireNameOf<GenerationStatus>] string Status);
