namespace Pixyer.Domain.Deidentification;

public enum DatasetFormat
{
    /// <summary>Comma-separated values with a header row.</summary>
    Csv,

    /// <summary>JSON lines: one object per row.</summary>
    Jsonl,
}
