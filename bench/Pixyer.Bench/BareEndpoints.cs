using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pixyer.Api.Security;
using Pixyer.Application;
using Pixyer.Application.Common.Email;
using Pixyer.Application.Common.Outbox;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Outbox;
using Pixyer.Domain.Sessions;
using Pixyer.Infrastructure.Persistence;

namespace Pixyer.Bench;

/// <summary>
/// The comparison: minimal-API endpoints that write the same rows as registration and login, straight through
/// the DbContext, one SaveChanges each: no mediator, no validation, no uniqueness pre-checks (the unique indexes
/// still hold), no login throttle, no idempotency, no audit entry, no explicit transaction. They are mapped
/// behind the API's own middleware (security headers, request context, exception handler, authentication,
/// actor, rate limiter), so that the HTTP stack is the same on both paths.
/// </summary>
internal static class BareEndpoints
{
    public const string Register = "/bench/bare/accounts";
    public const string LogIn = "/bench/bare/sessions";
    public const string RegisterAndLogIn = "/bench/bare/register-login";

    internal sealed record RegisterBody(string Username, string Email, string Password, DateOnly DateOfBirth, string AcceptedPolicyVersion);

    internal sealed record LogInBody(string Email, string Password);

    internal sealed record Registered(Guid Id, string Username, string Email, bool EmailVerified);

    internal sealed record LoggedInBare(Guid SessionId, Guid AccountId, string Token, string CsrfToken, DateTimeOffset ExpiresAt);

    internal sealed record Both(Registered Account, LoggedInBare Session);

    /// <summary>Maps the bare endpoints after the app's own pipeline: a request no API route matched falls through to them.</summary>
    internal sealed class StartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.UseRouting();
            app.UseEndpoints(endpoints =>
            {
                endpoints.MapPost(Register, RegisterAsync);
                endpoints.MapPost(LogIn, LogInAsync);
                endpoints.MapPost(RegisterAndLogIn, RegisterAndLogInAsync);
            });
        };
    }

    private static async Task<IResult> RegisterAsync(
        RegisterBody body, PixyerDbContext db, IPasswordHasher passwords, ISecretTokens tokens,
        IOptions<PixyerOptions> options, TimeProvider clock, CancellationToken cancellationToken) =>
        TypedResults.Created("/api/v1/me", await DoRegisterAsync(body, db, passwords, tokens, options.Value, clock, cancellationToken));

    private static async Task<IResult> LogInAsync(
        LogInBody body, PixyerDbContext db, IPasswordHasher passwords, ISecretTokens tokens, IRequestContext request,
        TimeProvider clock, HttpResponse response, CancellationToken cancellationToken) =>
        await DoLogInAsync(body, db, passwords, tokens, request, clock, response, cancellationToken) is { } session
            ? TypedResults.Ok(session)
            : TypedResults.Unauthorized();

    private static async Task<IResult> RegisterAndLogInAsync(
        RegisterBody body, PixyerDbContext db, IPasswordHasher passwords, ISecretTokens tokens, IRequestContext request,
        IOptions<PixyerOptions> options, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var account = await DoRegisterAsync(body, db, passwords, tokens, options.Value, clock, cancellationToken);
        db.ChangeTracker.Clear();
        var session = await DoLogInAsync(
            new LogInBody(body.Email, body.Password), db, passwords, tokens, request, clock, response, cancellationToken);
        return session is null ? TypedResults.Unauthorized() : TypedResults.Ok(new Both(account, session));
    }

    private static async Task<Registered> DoRegisterAsync(
        RegisterBody body, PixyerDbContext db, IPasswordHasher passwords, ISecretTokens tokens, PixyerOptions options,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var account = Account.Register(
            body.Username, body.Email, passwords.Hash(body.Password), body.DateOfBirth, body.AcceptedPolicyVersion, now);
        db.Accounts.Add(account);

        // What EmailVerificationMailer and Outbox do: a token row and the mail that carries it, as an outbox row.
        var token = tokens.Generate();
        db.EmailVerificationTokens.Add(EmailVerificationToken.Issue(account.Id, account.Email, tokens.Hash(token), now));
        var link = $"{options.PublicBaseUrl.TrimEnd('/')}/verify-email?token={token}";
        var mail = new EmailMessage(
            account.Email,
            "Confirm your email address for Pixyer",
            $"Hello {account.Username},\n\nplease confirm this email address for your Pixyer account by opening this link "
            + $"within 24 hours:\n\n{link}\n\nor by entering this code: {token}\n\nIf you did not ask for this, ignore this mail: "
            + "nothing changes without the confirmation.");
        db.OutboxMessages.Add(OutboxMessage.Create(OutboxKinds.Email, account.Id.Value, JsonSerializer.Serialize(mail), now));

        await db.SaveChangesAsync(cancellationToken);
        return new Registered(account.Id.Value, account.Username, account.Email, account.IsEmailVerified);
    }

    private static async Task<LoggedInBare?> DoLogInAsync(
        LogInBody body, PixyerDbContext db, IPasswordHasher passwords, ISecretTokens tokens, IRequestContext request,
        TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var email = Account.NormalizeEmail(body.Email);
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.NormalizedEmail == email, cancellationToken);
        if (account is null || !passwords.Verify(account.PasswordHash, body.Password) || !account.CanLogIn)
        {
            return null;
        }

        var token = tokens.Generate();
        var csrfToken = tokens.Generate();
        var session = Session.Start(account.Id, tokens.Hash(token), tokens.Hash(csrfToken), request.Device, clock.GetUtcNow());
        db.Sessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        SessionCookies.Write(response, token, csrfToken, session.ExpiresAt);
        return new LoggedInBare(session.Id.Value, account.Id.Value, token, csrfToken, session.ExpiresAt);
    }
}
