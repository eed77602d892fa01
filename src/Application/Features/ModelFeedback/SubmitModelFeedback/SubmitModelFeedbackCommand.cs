using Mediator;
using Pixyer.Application.Common.Consent;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Consents;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.ModelFeedback.SubmitModelFeedback;

/// <summary>
/// Obligation U3: a person rates the generated visuals to help improve Pixyer's AI models. This is analysis for
/// model improvement, so it needs the <c>model_improvement</c> consent at the moment it is sent.
/// </summary>
[Access(AccessLevel.Authenticated)]
[Processing(ProcessingPurpose.ModelImprovement, LegalBasis.Consent, DataCategory.Feedback)]
[RequiresConsent(ConsentPurpose.ModelImprovement)]
public sealed record SubmitModelFeedbackCommand(int Rating, string? Comment) : ICommand<ModelFeedbackSubmitted>;

public sealed record ModelFeedbackSubmitted(Guid Id, int Rating, DateTimeOffset SubmittedAt);
