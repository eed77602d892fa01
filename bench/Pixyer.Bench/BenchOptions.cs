using System.Globalization;
using Pixyer.Application.Features.Retention.AnonymizeExpiredAccounts;

namespace Pixyer.Bench;

internal sealed class BenchOptions
{
    public const string PostgresProvider = "postgres";
    public const string SqliteProvider = "sqlite";
    public const string Usage = """
        Options (all optional):
          --seconds N        length of one measured round per path and client count
                             (default 6 with the pbkdf2 hasher, 3 with the fast one, audit and ingest, 2 for
                             consent and render, 5 for consent-put, 30 for sequencer-delay's one window;
                             consent's per-check rounds last half as long)
          --rounds N         measured rounds, interleaved across paths (default 4; 10 for consent, 3 for ingest,
                             render, export, erasure and subscribe)
          --warmup N         warm-up seconds per path and client count (default 2; subscribe warms up with one
                             unreported round of min(subscribers, 5 x clients) subscribes, anonymize with one
                             unmeasured run over 200,000 accounts; none with --warmup 0)
          --concurrency L    comma-separated client counts (default 1,8; 1,2 for ingest; 1,4,16 for consent-put;
                             8 for sequencer-delay, which takes the largest)
          --scenarios L      comma-separated: pbkdf2 (register+login, the real hasher), fast (register+login, a
                             cheap bench hasher), consent (the consent check's cost), ingest (image upload
                             ingest, direct and through POST /uploads), render (the image renderer's throughput;
                             needs no database), export (the data export of a person with 250 and 1,000
                             assets against copying the same files, with peak memory), export-s3 (the same with
                             the files in an S3 bucket on a local s3rver), anonymize (retention
                             anonymization of expired accounts against one hand-written UPDATE of the same rows,
                             with peak memory), erasure (the anonymization loop with the physical reclaim after
                             each batch, VACUUM or WAL checkpoint, timed, against the same loop with the reclaim
                             replaced by a no-op), login-sqlite (wrong-password logins on the embedded SQLite
                             default with the real hasher: statuses, latency, the throttle's 429), audit
                             (register+login with the cheap hasher, audited against auditing switched off),
                             consent-put (audited consent PUTs per second, with CPU and the server's waits),
                             sequencer (the audit sequencer's entries/s on seeded unsequenced entries),
                             sequencer-delay (commit to signed checkpoint under consent-PUT load, Quartz on),
                             subscribe (subscribes/s, each a burst of --duplicates concurrent copies with one
                             Idempotency-Key; checks one charge, transaction and invoice per subscriber)
                             (default pbkdf2,fast)
          --accounts N       expired accounts the anonymize and erasure scenarios seed (default 1000000 for
                             anonymize, 10000 for erasure)
          --batch N          accounts per anonymization batch (default: the command's, 20000; erasure: 20000,
                             1000 and 100 one after the other); for sequencer, entries per sequencer batch
                             (default: Pixyer:Audit:SequencingBatchSize, 10000)
          --entries L        comma-separated counts of unsequenced entries the sequencer scenario seeds and
                             integrates, one after the other (default 100000,1000000)
          --related on|off   whether the anonymize and erasure scenarios also seed sessions, consents and
                             access-log rows for some accounts (default on); off: the accounts alone
          --workers N        anonymization batches erased at once by the anonymize scenario
                             (Pixyer:Jobs:AnonymizationWorkers; default the API's, 2)
          --providers L      comma-separated databases for the erasure and subscribe scenarios: postgres, sqlite
                             (default both)
          --subscribers N    subscribe: subscribers (one subscribe each) per round and client count (default 80)
          --duplicates K     subscribe: concurrent copies of each subscribe request, same key and body (default 3)
          --logins N         wrong-password logins per client count in login-sqlite (default 50)
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

    /// <summary>Set by --accounts; otherwise <see cref="AccountsFor"/> picks one per scenario.</summary>
    public int? Accounts { get; private set; }

    /// <summary>The databases the erasure scenario runs on, by --providers.</summary>
    public IReadOnlyList<string> Providers { get; private set; } = [PostgresProvider, SqliteProvider];

    public int Logins { get; private set; } = 50;

    /// <summary>Subscribe: subscribers per round and client count, each subscribing once.</summary>
    public int Subscribers { get; private set; } = 80;

    /// <summary>Subscribe: concurrent copies of each request, with the same Idempotency-Key and body.</summary>
    public int Duplicates { get; private set; } = 3;

    public IReadOnlyList<int> Entries { get; private set; } = [100_000, 1_000_000];

    public bool RelatedRows { get; private set; } = true;

    /// <summary>Set by --batch; otherwise the anonymization command's default.</summary>
    public int? BatchSize { get; private set; }

    /// <summary>Set by --workers; otherwise the API's default.</summary>
    public int? AnonymizationWorkers { get; private set; }

    public string PostgresBinaries { get; private set; } = "/usr/lib/postgresql/15/bin";

    /// <summary>The anonymize scenario measures the job at scale; erasure the reclaim on the issue's 10,000 accounts.</summary>
    public int AccountsFor(string scenario) => Accounts ?? (scenario == ErasureBench.Scenario ? 10_000 : 1_000_000);

    /// <summary>Erasure: the default batch (one reclaim for 10,000 accounts), then smaller ones (a reclaim per 1,000, per 100).</summary>
    public IReadOnlyList<int> ErasureBatches() =>
        BatchSize is { } size ? [size] : [AnonymizeExpiredAccountsCommand.DefaultBatchSize, 1_000, 100];

    /// <summary>Whether any scenario needs the PostgreSQL server: all but render and the SQLite-only ones.</summary>
    public bool NeedsPostgres => Scenarios.Any(s => s switch
    {
        RenderBench.Scenario or LoginSqliteBench.Scenario => false,
        ErasureBench.Scenario or SubscribeBench.Scenario => Providers.Contains(PostgresProvider),
        _ => true,
    });

    /// <summary>Whether any scenario runs on the embedded SQLite default.</summary>
    public bool UsesSqlite => Scenarios.Contains(LoginSqliteBench.Scenario)
        || ((Scenarios.Contains(ErasureBench.Scenario) || Scenarios.Contains(SubscribeBench.Scenario)) && Providers.Contains(SqliteProvider));

    public TimeSpan WindowFor(string scenario) => Window ?? TimeSpan.FromSeconds(scenario switch
    {
        "fast" or AuditBench.Scenario or IngestBench.Scenario => 3,
        ConsentBench.Scenario or RenderBench.Scenario => 2,
        ConsentPutBench.Scenario => 5,
        SequencerDelayBench.Scenario => 30,
        _ => 6,
    });

    /// <summary>The consent scenario looks for a difference of about a millisecond: more, shorter rounds.</summary>
    public int RoundsFor(string scenario) => Rounds ?? scenario switch
    {
        ConsentBench.Scenario => 10,
        IngestBench.Scenario or RenderBench.Scenario or ExportBench.Scenario or ExportBench.S3Scenario or ErasureBench.Scenario or SubscribeBench.Scenario => 3,
        _ => 4,
    };

    /// <summary>
    /// Decoding is CPU-bound: more ingest clients than the machine's 2 cores only queue. Issue 12 compares consent PUTs
    /// at 1, 4 and 16 clients with the old audit chain's figures, and measures the sequencer's delay under 8.
    /// </summary>
    public IReadOnlyList<int> ConcurrencyFor(string scenario) => ConcurrencyGiven ? Concurrency : scenario switch
    {
        IngestBench.Scenario => [1, 2],
        ConsentPutBench.Scenario => [1, 4, 16],
        SequencerDelayBench.Scenario => [8],
        _ => Concurrency,
    };

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
                    if (options.Scenarios.Any(s => s is not ("pbkdf2" or "fast") && !BenchMain.Scenarios.ContainsKey(s)))
                    {
                        throw new ArgumentException($"--scenarios takes pbkdf2, fast, {string.Join(", ", BenchMain.Scenarios.Keys)}.");
                    }

                    break;
                case "--accounts":
                    options.Accounts = Positive(value);
                    break;
                case "--batch":
                    options.BatchSize = Positive(value);
                    break;
                case "--workers":
                    options.AnonymizationWorkers = Positive(value);
                    break;
                case "--related":
                    options.RelatedRows = value switch
                    {
                        "on" => true,
                        "off" => false,
                        _ => throw new ArgumentException("--related takes on or off."),
                    };
                    break;
                case "--providers":
                    options.Providers = value.Split(',');
                    if (options.Providers.Count == 0 || options.Providers.Any(p => p is not (PostgresProvider or SqliteProvider)))
                    {
                        throw new ArgumentException("--providers takes postgres and/or sqlite.");
                    }

                    break;
                case "--subscribers":
                    options.Subscribers = Positive(value);
                    break;
                case "--duplicates":
                    options.Duplicates = Positive(value);
                    break;
                case "--logins":
                    options.Logins = Positive(value);
                    break;
                case "--entries":
                    options.Entries = value.Split(',').Select(Positive).ToArray();
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
