using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Domain.Accounts;

namespace Pixyer.Api.IntegrationTests.PersonalData;

/// <summary>
/// The registry the rights features iterate over (export, erasure, verification): every source answers for the
/// subject and only for the subject.
/// </summary>
public sealed class PersonalDataSourcesTests(PixyerApiFactory app) : ApiTest(app)
{
    [Fact]
    [Trait("Obligation", "G3")]
    public async Task Export_ShouldContainEverySourcesDataOfTheSubjectAndNothingOfAnother()
    {
        var me = await SignUpAsync();
        var other = await SignUpAsync();
        await me.Client.PatchAsJsonAsync("/api/v1/me", new { email = $"{Unique("new")}@example.com" });

        var export = await ExportAsync(me.User.Id);

        Assert.Equal(
            ["account", "analytics-events", "consents", "messages", "model-feedback", "policy-acceptances", "request-replays", "sessions"],
            export.Keys.Order());
        Assert.Equal(me.User.Email, export["account"].GetProperty("email").GetString());
        Assert.Equal(1, export["sessions"].GetArrayLength());
        Assert.Equal(2, export["messages"].GetArrayLength());
        var all = string.Join('\n', export.Values.Select(v => v.GetRawText()));
        Assert.DoesNotContain(other.User.Email, all, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(other.User.Id.ToString(), all, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    [Trait("Obligation", "G2")]
    public async Task Erase_ThenFindRemaining_ShouldFindNothingOfTheSubjectAndLeaveOthersIntact()
    {
        var me = await SignUpAsync();
        var other = await SignUpAsync();
        Assert.NotEmpty(await FindRemainingAsync(me.User.Id));

        await using (var scope = App.Services.CreateAsyncScope())
        {
            var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
            await using var transaction = await unitOfWork.BeginAsync(CancellationToken.None);
            foreach (var source in scope.ServiceProvider.GetServices<IPersonalDataSource>())
            {
                await source.EraseAsync(new AccountId(me.User.Id), CancellationToken.None);
            }

            await unitOfWork.CommitAsync(CancellationToken.None);
        }

        Assert.Empty(await FindRemainingAsync(me.User.Id));
        Assert.Empty(await DatabaseScan.FindAsync(App.ConnectionString, me.User.Email));
        await Expect.StatusAsync(await me.Client.GetAsync("/api/v1/me"), System.Net.HttpStatusCode.Unauthorized);
        await Expect.StatusAsync(await other.Client.GetAsync("/api/v1/me"), System.Net.HttpStatusCode.OK);
        Assert.NotEmpty(await FindRemainingAsync(other.User.Id));
    }

    private async Task<Dictionary<string, JsonElement>> ExportAsync(Guid subject)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var writer = new CollectingExportWriter();
        foreach (var source in scope.ServiceProvider.GetServices<IPersonalDataSource>())
        {
            await source.ExportAsync(new AccountId(subject), writer, CancellationToken.None);
        }

        return writer.Files;
    }

    private async Task<List<RemainingData>> FindRemainingAsync(Guid subject)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var remaining = new List<RemainingData>();
        foreach (var source in scope.ServiceProvider.GetServices<IPersonalDataSource>())
        {
            remaining.AddRange(await source.FindRemainingAsync(new AccountId(subject), CancellationToken.None));
        }

        return remaining;
    }

    private sealed class CollectingExportWriter : IExportWriter
    {
        public Dictionary<string, JsonElement> Files { get; } = [];

        public Task WriteJsonAsync<T>(string category, T data, CancellationToken cancellationToken)
        {
            Files[category] = JsonSerializer.SerializeToElement(data, JsonSerializerOptions.Web);
            return Task.CompletedTask;
        }

        public Task WriteFileAsync(string path, Stream content, CancellationToken cancellationToken) =>
            throw new NotSupportedException("No source of this issue exports files.");
    }
}
