using System.Globalization;

namespace Pixyer.Bench;

internal sealed class BenchOptions
{
    public const string Usage = """
        Options (all optional):
          --seconds N        length of one measured round per path and client count
                             (default 6 with the pbkdf2 hasher, 3 with the fast one and ingest, 2 for consent
                             and render; consent's per-check rounds last half as long)
          --rounds N         measured rounds, interleaved across paths (default 4; 10 for consent, 3 for ingest
                             and render)
          --warmup N         warm-up seconds per path and client count (default 2)
          --concurrency L    comma-separated client counts (default 1,8; 1,2 for ingest)
          --scenarios L      comma-separated: pbkdf2 (register+login, the real hasher), fast (register+login, a
                             cheap bench hasher), consent (the consent check's cost), ingest (image upload
                             ingest, direct and through POST /uploads), render (the image renderer's throughput;
                             needs no database), export (the data export of a person with 250 and 1,000
                             assets against copying the same files, with peak memory), anonymize (retention
                             anonymization of expired accounts against one hand-written UPDATE of the same rows,
                             with peak memory) (default pbkdf2,fast)
          --accounts N       expired accounts the anonymize scenario seeds (default 1000000)
          --batch N          accounts per anonymization batch (default: the command's, 5000)
          --related on|off   whether the anonymize scenario also seeds sessions, consents and access-log rows
                             for some accounts (default on); off: the accounts alone, the very rows of the UPDATE
          --out FILE         also write the report (markdown) to FILE
          --pg-bin DIR       PostgreSQL binaries (default /usr/lib/postgresql/15/bin)
        Environment: PIXYER_BENCH_DB=<Npgsql connection string> uses that database instead of a throwaway server.
        """;

    /// <summary>Set by --seconds; otherwise <see cref="WindowFor"/> picks one per scenario.</summary>
    public TimeSpan? Window { get; private set; }

    /// <summary>Set by --rounds; otherwise <see cref="RoundsFor"/> picks one per scenario.</summary>
    public int? Rounds { get; private set; }

    public TimeSpan Warmup { get; private set; } = TimeSpan.FromSeconds(2);

    public IReadOnlyList<int> Concurrency { get; private set; } = [1, 8];

    /// <summary>Set by --concurrency; otherwise <see cref="ConcurrencyFor"/> picks one per scenario.</summary>
    private bool ConcurrencyGiven { get; set; }

    public IReadOnlyList<string> Scenarios { get; private set; } = ["pbkdf2", "fast"];

    public string? OutputFile { get; private set; }

    public int Accounts { get; private set; } = 1_000_000;

    public bool RelatedRows { get; private set; } = true;

    /// <summary>Set by --batch; otherwise the anonymization command's default.</summary>
    public int? BatchSize { get; private set; }

    public string PostgresBinaries { get; private set; } = "/usr/lib/postgresql/15/bin";

    public TimeSpan WindowFor(string scenario) => Window ?? TimeSpan.FromSeconds(scenario switch
    {
        "fast" or IngestBench.Scenario => 3,
        ConsentBench.Scenario or RenderBench.Scenario => 2,
        _ => 6,
    });

    /// <summary>The consent scenario looks for a difference of about a millisecond: more, shorter rounds.</summary>
    public int RoundsFor(string scenario) => Rounds ?? scenario switch
    {
        ConsentBench.Scenario => 10,
        IngestBench.Scenario or RenderBench.Scenario or ExportBench.Scenario => 3,
        _ => 4,
    };

    /// <summary>Decoding is CPU-bound: more ingest clients than the machine's 2 cores only queue.</summary>
    public IReadOnlyList<int> ConcurrencyFor(string scenario) =>
        ConcurrencyGiven || scenario != IngestBench.Scenario ? Concurrency : [1, 2];

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            i++;
            switch (args[i - 1])
            {
                case "--seconds":
                    options.Window = TimeSpan.FromSeconds(Positive(value));
                    break;
                case "--rounds":
                    options.Rounds = Positive(value);
                    break;
                case "--warmup":
                    options.Warmup = TimeSpan.FromSeconds(int.Parse(value, CultureInfo.InvariantCulture));
                    break;
                case "--concurrency":
                    options.Concurrency = value.Split(',').Select(Positive).ToArray();
                    options.ConcurrencyGiven = true;
                    break;
                case "--scenarios":
                    options.Scenarios = value.Split(',');
                    if (options.Scenarios.Any(s => s is not ("pbkdf2" or "fast" or ConsentBench.Scenario or IngestBench.Scenario or RenderBench.Scenario or ExportBench.Scenario or AnonymizeBench.Scenario)))
                    {
                        throw new ArgumentException("--scenarios takes pbkdf2, fast, consent, ingest, render, export and/or anonymize.");
                    }

                    break;
                case "--accounts":
                    options.Accounts = Positive(value);
                    break;
                case "--batch":
                    options.BatchSize = Positive(value);
                    break;
                case "--related":
                    options.RelatedRows = value switch
                    {
                        "on" => true,
                        "off" => false,
                        _ => throw new ArgumentException("--related takes on or off."),
                    };
                    break;
                case "--out":
                    options.OutputFile = Path.GetFullPath(value);
                    break;
                case "--pg-bin":
                    options.PostgresBinaries = value;
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[i - 1]}.");
            }
        }

        return options;
    }

    private static int Positive(string value) =>
        int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ArgumentException($"Expected a positive whole number, got '{value}'.");
}
