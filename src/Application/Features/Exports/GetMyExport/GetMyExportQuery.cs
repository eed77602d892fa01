using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Exports.GetMyExport;

/// <summary>Obligation G3: one of the caller's exports, its status and progress; another person's answers 404.</summary>
[Access(AccessLevel.Authenticated)]
[AllowedBeforePolicyAcceptance]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.None)]
public sealed record GetMyExportQuery(Guid Id) : IQuery<ExportState>;
