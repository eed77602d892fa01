using System.Net;
using Pixyer.Api.IntegrationTests.Infrastructure;

namespace Pixyer.Api.IntegrationTests.Http;

/// <summary>A caller who may not send a request learns nothing about its fields: 401 or 403 whatever the body.</summary>
public sealed class AuthorizationBeforeValidationTests(PixyerApiFactory app) : ApiTest(app)
{
    private const string PublishPolicy = "/api/v1/admin/policies";

    [Theory]
    [Trait("Obligation", "P1")]
    [InlineData("{}")]
    [InlineData("{\"version\": \"\", \"text\": \"\"}")]
    [InlineData("{\"surprise\": 1}")]
    public async Task StaffCommand_WhenAnonymous_ShouldAnswer401WhateverTheBody(string body)
    {
        var response = await Client.PostAsync(PublishPolicy, JsonBody(body));

        await Expect.ProblemAsync(response, HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Theory]
    [Trait("Obligation", "P1")]
    [InlineData("{}")]
    [InlineData("{\"version\": \"\", \"text\": \"\"}")]
    [InlineData("{\"surprise\": 1}")]
    public async Task StaffCommand_WhenCustomer_ShouldAnswer403WhateverTheBody(string body)
    {
        var customer = await SignUpAsync();

        var response = await customer.Client.PostAsync(PublishPolicy, JsonBody(body));

        await Expect.ProblemAsync(response, HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    [Trait("Obligation", "P1")]
    public async Task SignedInCommand_WhenAnonymousWithAnEmptyBody_ShouldAnswer401()
    {
        var response = await Client.PatchAsync("/api/v1/me", JsonBody("{}"));

        await Expect.ProblemAsync(response, HttpStatusCode.Unauthorized, "unauthenticated");
    }

    /// <summary>The body is a record of the endpoint's own; the request it sends is named with <c>.Sends&lt;TRequest&gt;()</c>.</summary>
    [Fact]
    [Trait("Obligation", "P1")]
    public async Task SignedInCommandWithABodyOfItsOwn_WhenAnonymousWithAnEmptyBody_ShouldAnswer401()
    {
        var response = await Client.PostAsync("/api/v1/me/deletion-request", JsonBody("{}"));

        await Expect.ProblemAsync(response, HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Fact]
    [Trait("Obligation", "P1")]
    public async Task StaffCommand_WhenAdminSendsAnEmptyBody_ShouldStillBeValidated()
    {
        var admin = await SignUpAdminAsync();

        var response = await admin.Client.PostAsync(PublishPolicy, JsonBody("{}"));

        await Expect.ProblemAsync(response, HttpStatusCode.BadRequest, "validation");
    }
}
