using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Application.Features.Exports.Archive;
using Pixyer.Domain.Accounts;

namespace Pixyer.Api.IntegrationTests.Infrastructure;

/// <summary>Runs every registered personal-data source for a subject, as export, erasure and verification will.</summary>
public static class PersonalDataRegistry
{
    /// <summary>Every registered source's category, sorted.</summary>
    public static List<string> Categories(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        return scope.ServiceProvider.GetServices<IPersonalDataSource>().Select(s => s.Category).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Each source's export, by category, as the JSON it wrote.</summary>
    public static async Task<Dictionary<string, JsonElement>> ExportAsync(IServiceProvider services, Guid subject)
    {
        await using var scope = services.CreateAsyncScope();
        var writer = new CollectingExportWriter();
        foreach (var source in scope.ServiceProvider.GetServices<IPersonalDataSource>())
        {
            await source.ExportAsync(new AccountId(subject), writer, CancellationToken.None);
        }

        return writer.Files;
    }

    /// <summary>Erases the subject through every source in one transaction.</summary>
    public static async Task EraseAsync(IServiceProvider services, Guid subject)
    {
        await using var scope = services.CreateAsyncScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        await using var transaction = await unitOfWork.BeginAsync(CancellationToken.None);
        foreach (var source in scope.ServiceProvider.GetServices<IPersonalDataSource>())
        {
            await source.EraseAsync([new AccountId(subject)], CancellationToken.None);
        }

        await unitOfWork.CommitAsync(CancellationToken.None);
        await CommittedHooks.RunAsync(scope.ServiceProvider);
    }

    public static async Task<List<RemainingData>> FindRemainingAsync(IServiceProvider services, Guid subject)
    {
        await using var scope = services.CreateAsyncScope();
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

        public Task WriteRecordsAsync<T>(string category, IEnumerable<T> records, CancellationToken cancellationToken) =>
            WriteRecordAsync(category, records, cancellationToken);

        public Task WriteRecordAsync<T>(string category, T record, CancellationToken cancellationToken)
        {
            Files[category] = JsonSerializer.SerializeToElement(record, ExportJson.Options);
            return Task.CompletedTask;
        }

        /// <summary>Files are left out here: the export tests check them in the archive downloaded over HTTP.</summary>
        public Task WriteFileAsync(string category, string name, Stream content, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
