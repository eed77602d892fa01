namespace Pixyer.Application.Common.Files;

/// <summary>Reads stored files: all of the <see cref="IFileStore"/> a query may use.</summary>
public interface IFileReader
{
    /// <summary>The file, or null when the key is unknown or malformed.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken);
}
