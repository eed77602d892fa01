using System.Net;
using Pixyer.Api.Errors;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Paging;

namespace Pixyer.Api.IntegrationTests.Http;

/// <summary>What the OpenAPI document promises about the size of inputs and problems holds for any request.</summary>
public sealed class ResponseBoundsTests(PixyerApiFactory app) : ApiTest(app)
{
    [Fact]
    public async Task ListPage_BeyondTheDeepestPage_ShouldAnswer400NotOverflow()
    {
        var response = await Client.GetAsync($"/api/v1/plans?page={PageRequest.MaxPage + 1}&pageSize={PageRequest.MaxPageSize}");

        await Expect.ProblemAsync(response, HttpStatusCode.BadRequest, "validation");
    }

    [Fact]
    public async Task Problem_ForAVeryLongPath_ShouldKeepItsInstanceWithinTheDocumentedLength()
    {
        var response = await Client.GetAsync("/api/v1/" + new string('a', 3 * ProblemBounds.TextMaxLength));

        var problem = await Expect.ProblemAsync(response, HttpStatusCode.NotFound, "not-found");
        Assert.Equal(ProblemBounds.TextMaxLength, problem.GetProperty("instance").GetString()!.Length);
    }
}
