using System.Runtime.InteropServices;
using System.Text;
using Pixyer.Api.IntegrationTests.Infrastructure;

namespace Pixyer.Load;

/// <summary>
/// The load and fault suite (issue 18): real API processes on one throwaway PostgreSQL, a mixed load against one node and
/// two, and scripted faults (a node killed mid-generation, mid-export and mid-erasure; PostgreSQL stopped). Each scenario
/// reconciles the database with what was sent. Usage: <see cref="LoadOptions.Usage"/>; see bench/README.md.
/// </summary>
internal static class LoadMain
{
    public static async Task<int> Main(string[] args)
    {
        var options = LoadOptions.ParseOrExplain(args);
        if (options is null)
        {
            return 2;
        }

        if (!File.Exists(options.ApiDll))
        {
            await Console.Error.WriteLineAsync($"No API at {options.ApiDll}: build it (dotnet build -c Release bench/Pixyer.Load) or name it with --api-dll.");
            return 2;
        }

        var workFolder = Path.Combine(Path.GetTempPath(), $"pixyer-load-{Guid.NewGuid():N}"[..20]);
        Directory.CreateDirectory(workFolder);
        Console.WriteLine($"Work folder (node logs, shared data): {workFolder}");
        await using var postgres = await PostgresServer.StartAsync("pixyer_load", durable: true, options.PostgresBinaries);
        var run = new Run(options, postgres, workFolder);
        var report = new StringBuilder()
            .AppendLine($"# Pixyer load and fault suite, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC")
            .AppendLine()
            .AppendLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}, {RuntimeInformation.OSDescription}; PostgreSQL throwaway (fsync on); "
                + $"API {options.ApiDll}; nodes with leases of {options.Lease}, job intervals of 1 s; load average at start {Run.LoadAverage()}.")
            .AppendLine();
        var failed = false;
        foreach (var scenario in options.Scenarios)
        {
            try
            {
                failed |= !await RunAsync(scenario, run, report);
            }
            catch (Exception e) when (e is InvalidOperationException or TimeoutException or HttpRequestException)
            {
                failed = true;
                report.AppendLine($"## {scenario}: **stopped by an error**").AppendLine().AppendLine($"    {e.GetType().Name}: {e.Message}").AppendLine();
            }

            Console.WriteLine(report.ToString());
            if (options.OutputFile is { } file)
            {
                await File.WriteAllTextAsync(file, report.ToString());
            }
        }

        Directory.Delete(workFolder, recursive: true);
        return failed ? 1 : 0;
    }

    /// <summary>Runs one scenario into the report; false when a check did not match.</summary>
    private static async Task<bool> RunAsync(string scenario, Run run, StringBuilder report)
    {
        if (scenario == LoadScenario.Name)
        {
            var ok = true;
            foreach (var nodes in run.Options.Nodes)
            {
                ok &= await LoadScenario.RunAsync(run, nodes, report);
            }

            return ok;
        }

        return scenario == OutageScenario.Name ? await OutageScenario.RunAsync(run, report) : await FaultScenarios.RunAsync(scenario, run, report);
    }
}
