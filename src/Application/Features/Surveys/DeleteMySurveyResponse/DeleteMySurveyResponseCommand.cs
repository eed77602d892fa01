using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Surveys.DeleteMySurveyResponse;

/// <summary>
/// Obligation C6: the caller deletes one of their survey responses with its answers, which withdraws the consent its
/// sending gave; the survey may then be answered again while it is open. Another person's id answers 404.
/// </summary>
[Access(AccessLevel.Authenticated)]
[AllowedBeforePolicyAcceptance]
[Processing(ProcessingPurpose.ServiceOperations, LegalBasis.Consent, DataCategory.Surveys)]
public sealed record DeleteMySurveyResponseCommand(Guid Id) : ICommand;
