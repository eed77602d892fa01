using System.Globalization;

namespace Pixyer.Load;

/// <summary>The command line of the load and fault suite; see <see cref="Usage"/>.</summary>
internal sealed record LoadOptions
{
    public const string Usage = """
        dotnet run -c Release --project bench/Pixyer.Load -- [options]
          --scenarios load,kill-generation,kill-export,kill-erasure,db-outage   (default: all)
          --nodes 1,2          node counts of the load scenario (default 1,2)
          --clients N          clients of the load scenario (default 16)
          --seconds N          length of the load (default 60)
          --lease 00:00:20     Pixyer:Jobs:GenerationLease and ExportLease of the nodes (default 20 s)
          --workers N          Pixyer:Jobs:GenerationWorkers of each node (default 2)
          --failover N         seconds the other node has to complete a killed node's item before the killed one is restarted (default 90)
          --outage N           seconds PostgreSQL stays stopped in db-outage (default 10)
          --drain N            seconds to wait for the queues to drain (default 600)
          --out FILE           the report as markdown
          --pg-bin DIR         PostgreSQL server binaries (default: found with pg_config or under /usr/lib/postgresql)
          --api-dll FILE       the API to run (default: src/Api/bin/<this configuration>/net10.0/Pixyer.Api.dll)
        """;

    public static readonly string[] AllScenarios = [LoadScenario.Name, .. FaultScenarios.Names, OutageScenario.Name];

    public IReadOnlyList<string> Scenarios { get; init; } = AllScenarios;

    public IReadOnlyList<int> Nodes { get; init; } = [1, 2];

    public int Clients { get; init; } = 16;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan Lease { get; init; } = TimeSpan.FromSeconds(20);

    public int Workers { get; init; } = 2;

    public TimeSpan FailoverWait { get; init; } = TimeSpan.FromSeconds(90);

    public TimeSpan Outage { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan DrainTimeout { get; init; } = TimeSpan.FromSeconds(600);

    public string? OutputFile { get; init; }

    public string? PostgresBinaries { get; init; }

    public string ApiDll { get; init; } = DefaultApiDll();

    /// <summary>The options, or null after explaining on stderr what is wrong with them.</summary>
    public static LoadOptions? ParseOrExplain(string[] args)
    {
        try
        {
            return Parse(args);
        }
        catch (ArgumentException e) when (e is not ArgumentNullException)
        {
            Console.Error.WriteLine($"{e.Message}\n{Usage}");
            return null;
        }
    }

    private static LoadOptions Parse(string[] args)
    {
        var options = new LoadOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--scenarios" => options with { Scenarios = Known(value.Split(',')) },
                "--nodes" => options with { Nodes = [.. value.Split(',').Select(Number)] },
                "--clients" => options with { Clients = Number(value) },
                "--seconds" => options with { Duration = TimeSpan.FromSeconds(Number(value)) },
                "--lease" => options with { Lease = TimeSpan.Parse(value, CultureInfo.InvariantCulture) },
                "--workers" => options with { Workers = Number(value) },
                "--failover" => options with { FailoverWait = TimeSpan.FromSeconds(Number(value)) },
                "--outage" => options with { Outage = TimeSpan.FromSeconds(Number(value)) },
                "--drain" => options with { DrainTimeout = TimeSpan.FromSeconds(Number(value)) },
                "--out" => options with { OutputFile = Path.GetFullPath(value) },
                "--pg-bin" => options with { PostgresBinaries = value },
                "--api-dll" => options with { ApiDll = Path.GetFullPath(value) },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
            i++;
        }

        return options;
    }

    private static int Number(string value) =>
        int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException($"Not a positive number: {value}.");

    private static string[] Known(string[] scenarios) =>
        scenarios.FirstOrDefault(s => !AllScenarios.Contains(s)) is { } unknown ? throw new ArgumentException($"Unknown scenario {unknown}.") : scenarios;

    /// <summary>This program runs from bench/Pixyer.Load/bin/&lt;configuration&gt;/net10.0/; the API it references was built beside it in src/Api.</summary>
    private static string DefaultApiDll()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var root = output.Parent?.Parent?.Parent?.Parent?.Parent;
        return root is null ? "(not under bench/Pixyer.Load/bin)" : Path.Combine(root.FullName, "src", "Api", "bin", output.Parent!.Name, output.Name, "Pixyer.Api.dll");
    }
}
