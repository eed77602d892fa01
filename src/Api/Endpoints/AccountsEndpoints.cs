using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Pixyer.Application.Features.Accounts.Register;
using Pixyer.Application.Features.Accounts.VerifyEmail;
using Pixyer.Api.Http;

namespace Pixyer.Api.Endpoints;

public static class AccountsEndpoints
{
    public static void MapAccounts(this RouteGroupBuilder api)
    {
        var accounts = api.MapGroup("/accounts").WithTags("Accounts");

        accounts.MapPost("", Register)
            .WithName("RegisterAccount")
            .WithSummary("Register an account (adults only); a verification mail is sent")
            .AcceptsIdempotencyKey()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(RateLimiting.RegisterPolicy);

        accounts.MapPost("/email-verification", VerifyEmail)
            .WithName("VerifyEmail")
            .WithSummary("Confirm an email address with the token from the verification mail")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<Created<RegisteredAccount>> Register(
        RegisterAccountCommand command, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Created("/api/v1/me", await sender.Send(command, cancellationToken));

    private static async Task<Ok<VerifiedEmail>> VerifyEmail(
        VerifyEmailCommand command, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(command, cancellationToken));
}
