using FluentValidation;
using Pixyer.Domain.Common;

namespace Pixyer.Application.Common.Exceptions;

/// <summary>How a failure is classified, shared by the audit trail and the HTTP problem responses.</summary>
public sealed record ProblemClassification(int Status, string ProblemType, string Title, bool IsClientError);

public static class Problems
{
    public const string TypeBase = "https://pixyer.com/problems/";

    public const string InternalType = "internal";

    public const string ValidationType = "validation";

    public static string TypeUri(string problemType) => TypeBase + problemType;

    public static ProblemClassification Classify(Exception exception) => exception switch
    {
        ProblemException problem => new(problem.Status, problem.ProblemType, problem.Title, true),
        ValidationException => new(400, ValidationType, "Validation failed", true),
        BusinessRuleViolationException rule => new(422, rule.ProblemType, "Request refused", true),
        _ => new(500, InternalType, "Internal error", false),
    };
}
