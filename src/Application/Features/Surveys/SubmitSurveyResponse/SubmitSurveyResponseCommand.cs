using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Surveys.SubmitSurveyResponse;

/// <summary>
/// Obligation C6: the caller answers an open survey, once. Answering is voluntary and sending the answers is itself
/// the consent to process them (basis: consent), which the person withdraws by deleting the response; no ledger grant
/// is asked for, and no other request of Pixyer needs a response. Questions may be skipped; each answer must fit its
/// question (a choice of the question's, exactly one for a single choice, a scale value within the bounds, text within
/// the maximum length) or the whole response is refused with 400. Unknown or closed survey: 404; a second response: 409.
/// </summary>
[Access(AccessLevel.Authenticated)]
[Processing(ProcessingPurpose.ServiceOperations, LegalBasis.Consent, DataCategory.Surveys)]
public sealed record SubmitSurveyResponseCommand(Guid SurveyId, IReadOnlyList<SurveyAnswerBody> Answers) : ICommand<SurveyResponseDto>;

public sealed record SurveyAnswerBody(Guid QuestionId, IReadOnlyList<string>? Choices, int? Scale, string? Text);
