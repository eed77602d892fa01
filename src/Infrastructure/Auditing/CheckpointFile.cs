using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common.Auditing;
using Pixyer.Domain.Auditing;

namespace Pixyer.Infrastructure.Auditing;

/// <summary>
/// The checkpoints outside the database: one JSON line per checkpoint (its signed text, key id and signature) appended
/// to <c>audit/checkpoints.jsonl</c> in the data folder and flushed to disk. Past
/// <see cref="AuditOptions.CheckpointFileMaxBytes"/> the file is closed under a time-stamped name and a new one
/// begun; closed files are kept, since each holds evidence of the log's past.
/// </summary>
internal sealed partial class CheckpointFile(IOptions<InfrastructureOptions> options, TimeProvider clock, ILogger<CheckpointFile> logger)
    : ICheckpointArchive, IDisposable
{
    private const string CurrentName = "checkpoints.jsonl";
    private readonly SemaphoreSlim writer = new(1, 1);

    private string Folder => options.Value.DataPath("audit");

    public async Task AppendAsync(AuditCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        var line = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(
            new Line(checkpoint.Statement.Text, checkpoint.KeyId, Convert.ToBase64String(checkpoint.Signature)), JsonSerializerOptions.Web) + "\n");
        await writer.WaitAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(Folder);
            var path = Path.Combine(Folder, CurrentName);
            if (File.Exists(path) && new FileInfo(path).Length + line.Length > options.Value.Audit.CheckpointFileMaxBytes)
            {
                File.Move(path, Path.Combine(Folder, $"checkpoints-{clock.GetUtcNow():yyyyMMdd'T'HHmmssfff}.jsonl"));
            }

            await using var file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
            await file.WriteAsync(line, cancellationToken);
            file.Flush(flushToDisk: true);
        }
        finally
        {
            writer.Release();
        }
    }

    public async Task<IReadOnlyList<AuditCheckpoint>> ReadAllAsync(CancellationToken cancellationToken)
    {
        var checkpoints = new List<AuditCheckpoint>();
        if (!Directory.Exists(Folder))
        {
            return checkpoints;
        }

        foreach (var path in Directory.EnumerateFiles(Folder, "checkpoints*.jsonl"))
        {
            var number = 0;
            await foreach (var text in File.ReadLinesAsync(path, cancellationToken))
            {
                number++;
                if (Parse(text) is { } checkpoint)
                {
                    checkpoints.Add(checkpoint);
                }
                else if (text.Length > 0)
                {
                    LogUnreadable(logger, Path.GetFileName(path), number);
                }
            }
        }

        return checkpoints;
    }

    public void Dispose() => writer.Dispose();

    private static AuditCheckpoint? Parse(string text)
    {
        try
        {
            var line = JsonSerializer.Deserialize<Line>(text, JsonSerializerOptions.Web);
            return line is null ? null : AuditCheckpoint.Issue(CheckpointStatement.Parse(line.Text), line.KeyId, Convert.FromBase64String(line.Signature));
        }
        catch (Exception exception) when (exception is JsonException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Line {Line} of the audit checkpoint file {File} is not a checkpoint; it was skipped.")]
    private static partial void LogUnreadable(ILogger logger, string file, int line);

    private sealed record Line(string Text, string KeyId, string Signature);
}
