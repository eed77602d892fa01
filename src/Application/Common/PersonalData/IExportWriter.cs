namespace Pixyer.Application.Common.PersonalData;

/// <summary>Receives a subject's data, source by source, for the export archive.</summary>
public interface IExportWriter
{
    Task WriteJsonAsync<T>(string category, T data, CancellationToken cancellationToken);

    Task WriteFileAsync(string path, Stream content, CancellationToken cancellationToken);
}
