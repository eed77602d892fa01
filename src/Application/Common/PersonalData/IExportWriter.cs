namespace Pixyer.Application.Common.PersonalData;

/// <summary>
/// Receives a subject's data, source by source, for the export archive. The writer counts what it writes, so the
/// manifest's counts are those of the files, whatever shape a source hands over.
/// </summary>
public interface IExportWriter
{
    /// <summary>Writes the category's file as a JSON array: one record per item.</summary>
    Task WriteRecordsAsync<T>(string category, IEnumerable<T> records, CancellationToken cancellationToken);

    /// <summary>Writes the category's file as one JSON object: one record.</summary>
    Task WriteRecordAsync<T>(string category, T record, CancellationToken cancellationToken);

    /// <summary>Writes an original file of the category, as <c>{category}/{name}</c>.</summary>
    Task WriteFileAsync(string category, string name, Stream content, CancellationToken cancellationToken);
}
