namespace Pixyer.Domain.Surveys;

/// <summary>How a survey question is answered.</summary>
public enum SurveyQuestionKind
{
    /// <summary>Exactly one of the question's choices.</summary>
    SingleChoice,

    /// <summary>One or more of the question's choices.</summary>
    MultipleChoice,

    /// <summary>A whole number between the question's bounds.</summary>
    Scale,

    /// <summary>Text up to the question's maximum length.</summary>
    FreeText,
}
