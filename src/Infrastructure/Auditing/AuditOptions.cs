namespace Pixyer.Infrastructure.Auditing;

/// <summary>The audit log's keys, its sequencer and where its checkpoints go besides the database (<c>Pixyer:Audit</c>).</summary>
public sealed class AuditOptions
{
    /// <summary>Base64 HMAC key (32 bytes or more) of the log's leaves; unset: <c>keys/audit-leaf.key</c> in the data folder. Never in the database.</summary>
    public string? LeafKey { get; set; }

    /// <summary>PEM private key (ECDSA P-256, PKCS#8 or SEC 1) that signs checkpoints; unset: <c>keys/audit-signing.pem</c>, made on first start.</summary>
    public string? SigningKey { get; set; }

    /// <summary>The longest an entry waits to be sequenced: how often the sequencer runs. Zero: only when triggered.</summary>
    public TimeSpan SequencingInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The most entries one checkpoint integrates; a longer backlog is integrated batch after batch in the same run.</summary>
    public int SequencingBatchSize { get; set; } = 10_000;

    /// <summary>Size at which the checkpoint file (<c>audit/checkpoints.jsonl</c>) is closed and a new one begun; closed files are kept.</summary>
    public long CheckpointFileMaxBytes { get; set; } = 16 * 1024 * 1024;

    public WitnessOptions Witnesses { get; set; } = new();

    public sealed class WitnessOptions
    {
        /// <summary>HTTP endpoints each witnessed checkpoint is POSTed to (JSON, through the outbox).</summary>
        public List<string> Urls { get; set; } = [];

        /// <summary>Addresses each witnessed checkpoint is mailed to (the privacy officer's mailbox, say), through the outbox.</summary>
        public List<string> MailTo { get; set; } = [];

        /// <summary>The newest checkpoint goes to the witnesses when the last one they got is this old.</summary>
        public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

        public bool Any => Urls.Count > 0 || MailTo.Count > 0;
    }
}
