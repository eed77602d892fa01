using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;
using Pixyer.Application.Common;
using Pixyer.Domain.Surveys;

namespace Pixyer.Application.Features.Surveys.DefineSurvey;

/// <summary>
/// Obligation C6: staff define a voluntary survey, open from <see cref="OpensAt"/> to <see cref="ClosesAt"/>. A
/// question's kind is <c>single_choice</c> or <c>multiple_choice</c> (with its choices), <c>scale</c> (with its
/// bounds) or <c>free_text</c> (with an optional maximum length). The definition holds no personal data.
/// </summary>
[Access(Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.ServiceOperations, LegalBasis.Contract, DataCategory.None)]
public sealed record DefineSurveyCommand(string Title, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, IReadOnlyList<SurveyQuestionBody> Questions)
    : ICommand<SurveyDto>;

public sealed record SurveyQuestionBody(
    [property: WireNameOf<SurveyQuestionKind>] string Kind, string Text, IReadOnlyList<string>? Choices, int? ScaleMin, int? ScaleMax, int? MaxLength);
