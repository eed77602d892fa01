using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Pixyer.Api.Http;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;

namespace Pixyer.Api.Errors;

/// <summary>
/// The one place where failures become RFC 7807 problems, the same in every environment. A client's mistake
/// gets its 4xx; only our own faults are 500, and no response ever carries a stack trace, SQL or a personal value.
/// </summary>
public sealed class ProblemDetailsExceptionHandler(
    IProblemDetailsService problems, IConstraintViolations constraints, IStoreOutages outages)
    : IExceptionHandler
{
    /// <summary>How long a client waits before retrying during an outage: long enough for a restart or a failover.</summary>
    public static readonly TimeSpan OutageRetryAfter = TimeSpan.FromSeconds(30);

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is BadHttpRequestException badBody && BodyBinding.Refusal(httpContext, badBody) is { } refusal)
        {
            exception = refusal;
        }

        var problem = exception switch
        {
            ValidationException validation => ValidationProblem(validation),
            BadHttpRequestException badRequest => Problem(
                badRequest.StatusCode, ProblemTypes.ForStatus(badRequest.StatusCode), "Bad request", BadRequestDetail(badRequest.StatusCode)),
            _ when outages.IsOutage(exception) => Problem(
                503, ProblemTypes.ForStatus(503), "Service unavailable", "The service cannot reach its data right now; retry later."),
            _ when constraints.IsUniqueViolation(exception) => Problem(
                409, Problems.TypeUri("conflict"), "Conflict", "The request conflicts with data that was saved meanwhile; reload and retry."),
            _ => FromClassification(Problems.Classify(exception), exception),
        };

        if (exception is ProblemException { Extensions.Count: > 0 } withExtensions)
        {
            foreach (var (name, value) in withExtensions.Extensions)
            {
                problem.Extensions[name] = value;
            }
        }

        var retryAfter = exception is TooManyRequestsException tooMany ? tooMany.RetryAfter
            : problem.Status == 503 ? OutageRetryAfter
            : (TimeSpan?)null;
        if (retryAfter is { } wait)
        {
            httpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        httpContext.Response.StatusCode = problem.Status ?? 500;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails FromClassification(ProblemClassification classification, Exception exception) =>
        Problem(
            classification.Status,
            Problems.TypeUri(classification.ProblemType),
            classification.Title,
            classification.IsClientError ? exception.Message : "Something went wrong on our side; it has been logged.");

    private static ValidationProblemDetails ValidationProblem(ValidationException validation)
    {
        var errors = validation.Errors
            .GroupBy(e => JsonName(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
        return new ValidationProblemDetails(errors)
        {
            Status = 400,
            Type = Problems.TypeUri(Problems.ValidationType),
            Title = "Validation failed",
            Detail = "One or more fields are invalid; see errors.",
        };
    }

    /// <summary>Field names as the client sent them: camelCase, dotted for nested members.</summary>
    private static string JsonName(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));

    private static string BadRequestDetail(int status) => status switch
    {
        413 => "The request body is too large.",
        415 => "Send the body as application/json (an image upload as multipart/form-data).",
        _ => "The request could not be read; check that the body is valid JSON of the documented shape.",
    };

    private static ProblemDetails Problem(int status, string type, string title, string detail) =>
        new() { Status = status, Type = type, Title = title, Detail = detail };
}
