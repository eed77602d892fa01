using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Pixyer.Application.Features.Accounts.Register;
using Pixyer.Application.Features.Accounts.VerifyEmail;
using Pixyer.Api.Http;

namespace Pixyer.Api.Endpoints;

public sealed class AccountsEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder routes)
    {
        var accounts = routes.MapGroup("/accounts").WithTags("Accounts");

        accounts.MapPost("", Register)
            .WithName("RegisterAccount")
            .WithSummary("Register an account (adults only); a verification mail is sent, or a notice if the address has an account")
            .AcceptsIdempotencyKey()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireQuota(RateLimiting.RegisterPolicy);

        accounts.MapPost("/email-verification", VerifyEmail)
            .WithName("VerifyEmail")
            .WithSummary("Confirm an email address with the token from the verification mail")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    /// <summary>The same answer whether or not the address has an account (C1); the subject goes to the audit only.</summary>
    private static async Task<Accepted<RegistrationReceipt>> Register(
        RegisterAccountCommand command, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(command, cancellationToken);
        return TypedResults.Accepted((string?)null, RegistrationReceipt.VerificationMailSent);
    }

    private static async Task<Ok<VerifiedEmail>> VerifyEmail(
        VerifyEmailCommand command, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(command, cancellationToken));
}
