namespace Pixyer.Domain.Common;

/// <summary>A request that is well formed but breaks a business rule (answered 422).</summary>
public sealed class BusinessRuleViolationException(IBusinessRule rule) : Exception(rule.Message)
{
    public string ProblemType { get; } = rule.ProblemType;
}
