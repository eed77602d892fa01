using System.Net;
using System.Net.Http.Json;
using Pixyer.Application.Features.Recipients;

namespace Pixyer.Api.IntegrationTests.Infrastructure;

/// <summary>Registers recipients of the disclosure register through the staff API, as a privacy officer would.</summary>
public static class Recipients
{
    public const string Path = "/api/v1/admin/recipients";

    /// <summary>The cross-border transfer mechanism test recipients outside China are registered with.</summary>
    public const string StandardClauses = "Standard contractual clauses (PIPL Art. 38)";

    public static object Body(
        string key, string category, string country = "CN", string? transferMechanism = null, string? name = null, string securityAssessedOn = "2026-01-15") =>
        new { key, name = name ?? $"{key} Ltd.", category, country, securityAssessedOn, transferMechanism };

    /// <summary>Registers a recipient and answers it; a refusal fails the test.</summary>
    public static async Task<RecipientDto> RegisterRecipientAsync(
        this HttpClient staff, string key, string category, string country = "CN", string? transferMechanism = null, string? name = null)
    {
        var response = await staff.PostAsJsonAsync(Path, Body(key, category, country, transferMechanism, name));
        await Expect.StatusAsync(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<RecipientDto>())!;
    }

    /// <summary>
    /// A large-model provider outside the storage region, as <c>Pixyer:Generation:Http:RecipientKey</c> names it: each
    /// call to it is a cross-border disclosure under <see cref="StandardClauses"/>.
    /// </summary>
    public static Task<RecipientDto> RegisterImageProviderAsync(this HttpClient staff, string key) =>
        staff.RegisterRecipientAsync(key, "large_model_providers", "US", StandardClauses, "Acme Image Models Inc.");

    /// <summary>The email platform <c>Pixyer:Smtp:RecipientKey</c> names, inside the storage region.</summary>
    public static Task<RecipientDto> RegisterEmailPlatformAsync(this HttpClient staff, string key) =>
        staff.RegisterRecipientAsync(key, "marketing_and_email_platforms", "CN", name: "Mail Relay Co.");
}
