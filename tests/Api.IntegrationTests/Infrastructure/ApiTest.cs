using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Application.Features.Sessions.LogIn;
using Pixyer.Infrastructure.Persistence;

namespace Pixyer.Api.IntegrationTests.Infrastructure;

/// <summary>Base of the HTTP tests: a clean database per test, and the steps most tests start with.</summary>
[Collection(ApiTestGroup.Name)]
public abstract class ApiTest(PixyerApiFactory app) : IAsyncLifetime
{
    public const string PolicyVersion = "2024-08-14";
    public const string GoodPassword = "Sunny-Meadow-2024";

    protected PixyerApiFactory App { get; } = app;

    protected HttpClient Client { get; } = app.CreateApiClient();

    protected Mailbox Mailbox => App.Mailbox;

    public Task InitializeAsync() => App.ResetAsync();

    public Task DisposeAsync()
    {
        Client.Dispose();
        return Task.CompletedTask;
    }

    protected static object RegistrationBody(
        string username, string email, string password = GoodPassword, string dateOfBirth = "1990-05-17") =>
        new { username, email, password, dateOfBirth, acceptedPolicyVersion = PolicyVersion };

    /// <summary>A JSON body written by hand, for shapes an object would not produce.</summary>
    protected static StringContent JsonBody(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    protected static string Unique(string prefix) => $"{prefix}{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Registers an adult with unique names; the verification mail is queued, not yet delivered.</summary>
    protected async Task<TestUser> RegisterAsync(string? email = null, string? username = null)
    {
        username ??= Unique("user");
        email ??= $"{username}@example.com";
        var response = await Client.PostAsJsonAsync("/api/v1/accounts", RegistrationBody(username, email));
        await Expect.StatusAsync(response, System.Net.HttpStatusCode.Accepted);
        return new TestUser((await RegisteredAccounts.IdOfAsync(App.Services, email)).Value, username, email, GoodPassword);
    }

    /// <summary>Delivers the verification mail, reads the token from it and confirms the address.</summary>
    protected async Task VerifyEmailAsync(string address)
    {
        var mail = await Mailbox.DeliverAndReadLastAsync(address);
        var response = await Client.PostAsJsonAsync("/api/v1/accounts/email-verification", new { token = Mails.VerificationToken(mail) });
        await Expect.StatusAsync(response, System.Net.HttpStatusCode.OK);
    }

    protected async Task<LoggedIn> LogInAsync(TestUser user, string? password = null)
    {
        var response = await Client.PostAsJsonAsync("/api/v1/sessions", new { email = user.Email, password = password ?? user.Password });
        await Expect.StatusAsync(response, System.Net.HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<LoggedIn>())!;
    }

    /// <summary>Registers, verifies and logs in: a client authorized with the session's bearer token.</summary>
    protected async Task<SignedIn> SignUpAsync(string? email = null, string? username = null)
    {
        var user = await RegisterAsync(email, username);
        await VerifyEmailAsync(user.Email);
        var session = await LogInAsync(user);
        return new SignedIn(user, session, BearerClient(session.Token));
    }

    protected async Task<SignedIn> SignUpAdminAsync() => await SignUpAsync(PixyerApiFactory.AdminEmail);

    protected HttpClient BearerClient(string token)
    {
        var client = App.CreateApiClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Runs SQL against the test database, as an auditor or an attacker with database access would.</summary>
    protected async Task<T> WithDatabaseAsync<T>(Func<PixyerDbContext, Task<T>> work)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<PixyerDbContext>());
    }
}

public sealed record TestUser(Guid Id, string Username, string Email, string Password);

public sealed record SignedIn(TestUser User, LoggedIn Session, HttpClient Client);
