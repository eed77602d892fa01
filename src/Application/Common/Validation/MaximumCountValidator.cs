using System.Collections;
using FluentValidation;
using FluentValidation.Validators;

namespace Pixyer.Application.Common.Validation;

/// <summary>A rule on the number of items a list may hold, readable by the OpenAPI document as its <c>maxItems</c>.</summary>
public interface IMaximumCountValidator
{
    int Max { get; }
}

/// <summary>At most <see cref="Max"/> items; a missing list is left to the other rules.</summary>
public sealed class MaximumCountValidator<T, TCollection>(int max) : PropertyValidator<T, TCollection>, IMaximumCountValidator
    where TCollection : IEnumerable?
{
    public int Max { get; } = max;

    public override string Name => "MaximumCountValidator";

    public override bool IsValid(ValidationContext<T> context, TCollection value)
    {
        if (value is null)
        {
            return true;
        }

        context.MessageFormatter.AppendArgument("MaxCount", Max);
        return value.Cast<object?>().Take(Max + 1).Count() <= Max;
    }

    protected override string GetDefaultMessageTemplate(string errorCode) => "'{PropertyName}' holds at most {MaxCount} items.";
}

public static class CollectionRules
{
    public static IRuleBuilderOptions<T, TCollection> MaximumCount<T, TCollection>(this IRuleBuilder<T, TCollection> rule, int max)
        where TCollection : IEnumerable? =>
        rule.SetValidator(new MaximumCountValidator<T, TCollection>(max));
}
