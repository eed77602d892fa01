using Pixyer.Application.Common.Security;

namespace Pixyer.Api.Errors;

public static class ProblemDetailsSetup
{
    public static IServiceCollection AddPixyerProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            var status = problem.Status ?? context.HttpContext.Response.StatusCode;
            // Framework answers (unknown route, wrong method) get our stable types too.
            if (problem.Type is null || problem.Type.StartsWith("https://tools.ietf.org/", StringComparison.Ordinal))
            {
                problem.Type = ProblemTypes.ForStatus(status);
            }

            problem.Instance ??= context.HttpContext.Request.Path;
            ProblemBounds.Apply(problem);
            problem.Extensions["correlationId"] = context.HttpContext.RequestServices.GetRequiredService<IRequestContext>().CorrelationId;
        });
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        return services;
    }
}
