using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Diagnostics;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Requests;
using Pixyer.Application.Common.Security;

namespace Pixyer.Api.Http;

/// <summary>
/// A body that does not bind fails before the pipeline runs. It is answered as the pipeline would: first whether the
/// caller may send the request at all (401/403), then which fields are missing or unknown (400 validation).
/// </summary>
public static partial class BodyBinding
{
    /// <summary>The problem for a body that failed to bind, or null when the failure is not about its fields.</summary>
    public static Exception? Refusal(HttpContext context, BadHttpRequestException failure)
    {
        if (failure.InnerException is not JsonException json || FieldErrors(json) is not { Count: > 0 } errors)
        {
            return null;
        }

        return (Exception?)AccessRefusal(context) ?? new ValidationException(errors);
    }

    private static ProblemException? AccessRefusal(HttpContext context)
    {
        // The exception handler has cleared the request's endpoint; its feature keeps the one that failed.
        var metadata = (context.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? context.GetEndpoint())?.Metadata;
        var request = metadata is null ? null : SentRequest.Of(metadata);
        return request?.GetCustomAttribute<AccessAttribute>() is { } access
            ? AccessCheck.Refusal(access, context.RequestServices.GetRequiredService<ICurrentActor>())
            : null;
    }

    /// <summary>System.Text.Json names the fields only in its messages (their wording is stable since .NET 7).</summary>
    private static List<ValidationFailure> FieldErrors(JsonException json)
    {
        var message = json.Message;
        if (UnmappedField().Match(message) is { Success: true } unmapped)
        {
            return [new ValidationFailure(unmapped.Groups["name"].Value, "This field is not part of the request; remove it.")];
        }

        if (NullField().Match(message) is { Success: true } nulled)
        {
            return [new ValidationFailure(nulled.Groups["name"].Value, "This field is required.")];
        }

        if (MissingFields().Match(message) is { Success: true } missing)
        {
            return QuotedName().Matches(missing.Groups["names"].Value)
                .Select(m => new ValidationFailure(m.Groups["name"].Value, "This field is required."))
                .ToList();
        }

        return [];
    }

    [GeneratedRegex("^The JSON property '(?<name>[^']+)' could not be mapped")]
    private static partial Regex UnmappedField();

    [GeneratedRegex("^The (property or field|constructor parameter) '(?<name>[^']+)' on type '[^']+' doesn't allow (setting )?null values")]
    private static partial Regex NullField();

    [GeneratedRegex("missing required properties including: (?<names>.+)$")]
    private static partial Regex MissingFields();

    [GeneratedRegex("'(?<name>[^']+)'")]
    private static partial Regex QuotedName();
}
