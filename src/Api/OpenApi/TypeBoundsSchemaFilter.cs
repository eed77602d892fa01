using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Pixyer.Api.Errors;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Paging;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Pixyer.Api.OpenApi;

/// <summary>
/// Bounds that follow from a value's type rather than from a rule: the longest text of a uuid, a date-time
/// (<c>2026-12-07T14:47:00.1234567+00:00</c>) or a date, the Base64 text of a byte array of known length, the range of a 32- or 64-bit integer where nothing narrower
/// is declared, a page's items (at most <see cref="PageRequest.MaxPageSize"/>), and the problem details fields,
/// which <see cref="ProblemDetailsSetup"/> keeps within <see cref="ProblemBounds"/>. Registered after the filters
/// that write narrower bounds from validators and attributes.
/// </summary>
internal sealed class TypeBoundsSchemaFilter : ISchemaFilter
{
    private static readonly Dictionary<string, int> FormatLengths = new(StringComparer.Ordinal)
    {
        ["uuid"] = 36,
        ["date-time"] = 33,
        ["date"] = 10,
    };

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema target)
        {
            return;
        }

        if (context.MemberInfo?.GetCustomAttribute<ItemMaxLengthAttribute>() is { Length: var itemLength } && target.Items is OpenApiSchema item)
        {
            item.MaxLength = itemLength;
        }

        Bound(target);
        if (target.Format == "byte" && context.MemberInfo?.GetCustomAttribute<MaxLengthAttribute>() is { Length: var bytes })
        {
            // Base64: four characters for every three bytes or part of them.
            (target.MaxLength, target.MaxItems) = (4 * ((bytes + 2) / 3), null);
        }

        if (context.Type.IsGenericType && context.Type.GetGenericTypeDefinition() == typeof(Paged<>)
            && target.Properties?.TryGetValue("items", out var listed) == true && listed is OpenApiSchema items)
        {
            items.MaxItems = PageRequest.MaxPageSize;
        }
        else if (typeof(ProblemDetails).IsAssignableFrom(context.Type))
        {
            BoundProblem(target);
        }
    }

    /// <summary>Gives a schema, and the inline schemas of its properties and items, the bounds of their types.</summary>
    public static void Bound(OpenApiSchema schema)
    {
        var type = schema.Type ?? 0;
        if (type.HasFlag(JsonSchemaType.String) && schema.MaxLength is null && schema.Enum is not { Count: > 0 }
            && schema.Format is { } format && FormatLengths.TryGetValue(format, out var length))
        {
            schema.MaxLength = length;
        }

        if (type.HasFlag(JsonSchemaType.Integer) && schema.Minimum is null && schema.Maximum is null)
        {
            var (min, max) = schema.Format == "int32" ? (int.MinValue, int.MaxValue) : (long.MinValue, long.MaxValue);
            schema.Minimum = min.ToString(CultureInfo.InvariantCulture);
            schema.Maximum = max.ToString(CultureInfo.InvariantCulture);
        }

        foreach (var inner in (schema.Properties?.Values ?? []).Append(schema.Items).OfType<OpenApiSchema>())
        {
            Bound(inner);
        }
    }

    private static void BoundProblem(OpenApiSchema problem)
    {
        foreach (var (name, property) in problem.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            if (property is not OpenApiSchema text)
            {
                continue;
            }

            if (name == "errors" && text.AdditionalProperties is OpenApiSchema messages)
            {
                messages.MaxItems = ProblemBounds.MessagesPerField;
                if (messages.Items is OpenApiSchema message)
                {
                    message.MaxLength = ProblemBounds.TextMaxLength;
                }
            }
            else if (name == "status")
            {
                (text.Minimum, text.Maximum) = ("100", "599");
            }
            else if (text.Type?.HasFlag(JsonSchemaType.String) == true)
            {
                text.MaxLength = ProblemBounds.TextMaxLength;
            }
        }
    }
}
