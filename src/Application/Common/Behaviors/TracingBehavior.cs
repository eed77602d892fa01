using System.Diagnostics;
using Mediator;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Requests;
using Pixyer.Application.Common.Telemetry;

namespace Pixyer.Application.Common.Behaviors;

/// <summary>
/// Outermost: one span per request, named by its type (<c>Pixyer.Mediator RegisterAccountCommand</c>), a child of
/// whatever span is current (the HTTP request's, a job's) and the parent of the database calls the request makes.
/// Its attributes say what ran and how it ended, never a value of the request, which may be personal.
/// </summary>
public sealed class TracingBehavior<TMessage, TResponse> : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly string SpanName = $"{PixyerTelemetry.MediatorSourceName} {RequestDescriptor<TMessage>.Name}";

    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        using var span = PixyerTelemetry.Mediator.StartActivity(SpanName, ActivityKind.Internal);
        if (span is null)
        {
            return await next(message, cancellationToken);
        }

        span.SetTag(MediatorSpan.RequestType, RequestDescriptor<TMessage>.Name);
        span.SetTag(MediatorSpan.RequestKind, RequestDescriptor<TMessage>.IsCommand ? "command" : "query");
        try
        {
            var response = await next(message, cancellationToken);
            span.SetTag(MediatorSpan.Outcome, "succeeded");
            return response;
        }
        catch (Exception exception)
        {
            // The problem type or the exception's type, never its message, which may quote data.
            var problem = Problems.Classify(exception);
            span.SetTag(MediatorSpan.Outcome, problem.IsClientError ? "refused" : "failed");
            span.SetTag(MediatorSpan.ErrorType, problem.IsClientError ? problem.ProblemType : exception.GetType().FullName);
            if (!problem.IsClientError)
            {
                span.SetStatus(ActivityStatusCode.Error);
            }

            throw;
        }
    }
}
