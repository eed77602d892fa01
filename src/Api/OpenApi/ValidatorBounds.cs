using System.Globalization;
using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Validators;
using Microsoft.OpenApi;
using Pixyer.Application.Common.Validation;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Pixyer.Api.OpenApi;

/// <summary>
/// The sizes a request's FluentValidation validators enforce, read from their descriptors, written into the schemas that
/// document the members: a string's length, a number's range, a list's count; a RuleForEach bounds the list's items.
/// Only constants are read (a Must() states nothing readable), and a rule under a condition is read as if it always
/// applied: the validators here pair a bounded branch with Null()/Empty() in the other.
/// </summary>
internal static class ValidatorBounds
{
    /// <summary>The validators the application registers for <paramref name="type"/>, built in their own scope.</summary>
    public static ILookup<string, IValidationRule> RulesFor(IServiceProvider services, Type type) =>
        services.GetServices(typeof(IValidator<>).MakeGenericType(type))
            .OfType<IValidator>()
            .SelectMany(RulesOf)
            .ToLookup(rule => rule.PropertyName!, StringComparer.OrdinalIgnoreCase);

    /// <summary>Bounds each named member's rules state, on the schema of the same (JSON) name.</summary>
    public static void Apply(ILookup<string, IValidationRule> rules, IDictionary<string, IOpenApiSchema>? properties, SchemaRepository schemas)
    {
        foreach (var (name, schema) in properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            Apply(rules[name], schema, schemas);
        }
    }

    /// <summary>The rules' bounds on <paramref name="schema"/>; a child validator's on the members of the object it validates.</summary>
    public static void Apply(IEnumerable<IValidationRule> rules, IOpenApiSchema? schema, SchemaRepository schemas)
    {
        foreach (var rule in rules)
        {
            var target = Resolve(IsForEach(rule) ? schema?.Items : schema, schemas);
            foreach (var component in rule.Components)
            {
                if (ChildValidator(component.Validator) is { } child)
                {
                    Apply(RulesOf(child).ToLookup(r => r.PropertyName!, StringComparer.OrdinalIgnoreCase), target?.Properties, schemas);
                }
                else if (target is OpenApiSchema bounded)
                {
                    Bound(bounded, component.Validator);
                }
            }
        }
    }

    /// <summary>The schema itself, or the component a reference names.</summary>
    public static IOpenApiSchema? Resolve(IOpenApiSchema? schema, SchemaRepository schemas) =>
        schema is OpenApiSchemaReference { Reference.Id: { } id } ? schemas.Schemas.GetValueOrDefault(id) : schema;

    private static IEnumerable<IValidationRule> RulesOf(IValidator validator) =>
        validator.CreateDescriptor().Rules.SelectMany(rule => rule switch
        {
            IIncludeRule => rule.Components.Select(c => ChildValidator(c.Validator)).OfType<IValidator>().SelectMany(RulesOf),
            { PropertyName: not null } => [rule],
            _ => [],
        });

    /// <summary>
    /// The validator an <c>Include(...)</c>, <c>SetValidator(...)</c> or <c>ChildRules(...)</c> names, which the descriptor
    /// does not open: its adaptor (a <c>ChildValidatorAdaptor&lt;T, TProperty&gt;</c>) hands out the instance it was
    /// given, whatever the context.
    /// </summary>
    private static IValidator? ChildValidator(IPropertyValidator adaptor)
    {
        var type = adaptor.GetType();
        if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(ChildValidatorAdaptor<,>))
        {
            return null;
        }

        var instance = type.GetGenericArguments()[0];
        var context = Activator.CreateInstance(typeof(ValidationContext<>).MakeGenericType(instance), [null]);
        return type.GetMethod(nameof(ChildValidatorAdaptor<object, object>.GetValidator))?.Invoke(adaptor, [context, null]) as IValidator;
    }

    private static bool IsForEach(IValidationRule rule) =>
        rule.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollectionRule<,>));

    private static void Bound(OpenApiSchema schema, IPropertyValidator validator)
    {
        switch (validator)
        {
            case ILengthValidator length:
                if (length.Max > 0)
                {
                    schema.MaxLength = Math.Min(schema.MaxLength ?? int.MaxValue, length.Max);
                }

                if (length.Min > 0)
                {
                    schema.MinLength = Math.Max(schema.MinLength ?? 0, length.Min);
                }

                break;
            case IMaximumCountValidator count:
                schema.MaxItems = Math.Min(schema.MaxItems ?? int.MaxValue, count.Max);
                break;
            case IBetweenValidator between when Number(between.From) is { } from && Number(between.To) is { } to:
                var exclusive = validator.Name.StartsWith("Exclusive", StringComparison.Ordinal);
                Minimum(schema, from, exclusive);
                Maximum(schema, to, exclusive);
                break;
            case IComparisonValidator { MemberToCompare: null } comparison when Number(comparison.ValueToCompare) is { } value:
                switch (comparison.Comparison)
                {
                    case Comparison.GreaterThan or Comparison.GreaterThanOrEqual:
                        Minimum(schema, value, comparison.Comparison == Comparison.GreaterThan);
                        break;
                    case Comparison.LessThan or Comparison.LessThanOrEqual:
                        Maximum(schema, value, comparison.Comparison == Comparison.LessThan);
                        break;
                }

                break;
        }
    }

    /// <summary>An exclusive bound on an integer is the next integer inside; on other numbers it is left out.</summary>
    private static void Minimum(OpenApiSchema schema, decimal value, bool exclusive)
    {
        if (exclusive && !IsInteger(schema))
        {
            return;
        }

        var bound = exclusive ? value + 1 : value;
        if (Number(schema.Minimum) is not { } current || bound > current)
        {
            schema.Minimum = bound.ToString(CultureInfo.InvariantCulture);
        }
    }

    private static void Maximum(OpenApiSchema schema, decimal value, bool exclusive)
    {
        if (exclusive && !IsInteger(schema))
        {
            return;
        }

        var bound = exclusive ? value - 1 : value;
        if (Number(schema.Maximum) is not { } current || bound < current)
        {
            schema.Maximum = bound.ToString(CultureInfo.InvariantCulture);
        }
    }

    private static bool IsInteger(OpenApiSchema schema) => schema.Type?.HasFlag(JsonSchemaType.Integer) == true;

    private static decimal? Number(object? value) => value switch
    {
        int or long or short or byte or decimal or double or float => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        string text when decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };
}
