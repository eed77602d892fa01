using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Pixyer.Api.IntegrationTests.Infrastructure;

namespace Pixyer.Api.IntegrationTests.Features.Generations;

public sealed class RequestGenerationValidationTests(PixyerApiFactory app) : GenerationTest(app)
{
    [Theory]
    [Trait("Obligation", "C3")]
    [InlineData("""{"template":"neon","formats":["square"]}""", "template")]
    [InlineData("""{"template":null,"formats":["square"]}""", "template")]
    [InlineData("""{"template":"studio","formats":["square","poster"]}""", "formats[1]")]
    [InlineData("""{"template":"studio","formats":["Square"]}""", "formats[0]")]
    [InlineData("""{"template":"studio","formats":[]}""", "formats")]
    [InlineData("""{"template":"studio"}""", "formats")]
    [InlineData("""{"template":"studio","formats":["story","square","story"]}""", "formats")]
    [InlineData("""{"template":"studio","formats":["square"],"headline":"   "}""", "headline")]
    [InlineData("""{"template":"studio","formats":["square"],"headline":"two\nlines"}""", "headline")]
    [InlineData("""{"template":"studio","formats":["square"],"headline":"012345678901234567890123456789012345678901234567890123456789012345678901234567890"}""", "headline")]
    public async Task Generation_WhenTheRequestIsInvalid_ShouldAnswer400NamingTheField(string fields, string field)
    {
        var me = await SignUpAsync();
        var upload = await me.UploadPhotoAsync(BottleRed);
        var body = $$"""{"uploadId":"{{upload}}",{{fields[1..]}}""";

        var response = await me.Client.PostAsync("/api/v1/generations", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await Expect.ProblemAsync(response, HttpStatusCode.BadRequest, "validation");
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(0, await WithDatabaseAsync(db => db.GenerationJobs.CountAsync()));
    }

    [Fact]
    [Trait("Obligation", "C3")]
    public async Task Generation_WhenTheHeadlineIsAtItsLongest_ShouldBeAccepted()
    {
        var me = await SignUpAsync();
        var upload = await me.UploadPhotoAsync(BottleRed);

        var response = await RequestGenerationAsync(me, upload, headline: new string('W', 80));

        await Expect.StatusAsync(response, HttpStatusCode.Accepted);
    }

    [Fact]
    [Trait("Obligation", "C3")]
    public async Task Generation_WhenTheUploadDoesNotExist_ShouldAnswer404()
    {
        var me = await SignUpAsync();

        var response = await RequestGenerationAsync(me, Guid.CreateVersion7());

        await Expect.ProblemAsync(response, HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    [Trait("Obligation", "C3")]
    public async Task Generation_WhenNotSignedIn_ShouldAnswer401()
    {
        var response = await Client.PostAsync(
            "/api/v1/generations", new StringContent($$"""{"uploadId":"{{Guid.CreateVersion7()}}","template":"studio","formats":["square"]}""", Encoding.UTF8, "application/json"));

        await Expect.ProblemAsync(response, HttpStatusCode.Unauthorized, "unauthenticated");
    }
}
