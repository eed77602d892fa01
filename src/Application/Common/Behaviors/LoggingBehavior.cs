using Mediator;
using Microsoft.Extensions.Logging;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Requests;

namespace Pixyer.Application.Common.Behaviors;

/// <summary>Outermost: request name, duration and outcome. Never the request's values, which may be personal.</summary>
public sealed class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger, TimeProvider clock)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        try
        {
            var response = await next(message, cancellationToken);
            // Commands change state and are worth a line each; reads are many and only traced.
            logger.Log(
                RequestDescriptor<TMessage>.IsCommand ? LogLevel.Information : LogLevel.Debug,
                "{Request} succeeded in {ElapsedMs:0.0} ms",
                RequestDescriptor<TMessage>.Name,
                clock.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception exception)
        {
            var problem = Problems.Classify(exception);
            var level = problem.IsClientError ? LogLevel.Information : LogLevel.Error;
            // The exception is logged only for server faults; a client's mistake is not an error of ours.
            logger.Log(
                level,
                problem.IsClientError ? null : exception,
                "{Request} {Outcome} ({ProblemType}) in {ElapsedMs:0.0} ms",
                RequestDescriptor<TMessage>.Name,
                problem.IsClientError ? "refused" : "failed",
                problem.ProblemType,
                clock.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }
}
