namespace Pixyer.Application.Common.Generation;

/// <summary>
/// A generator could not produce the requested visual: the provider failed, timed out, or answered something that is
/// not an image of the requested size. The message names the cause and never quotes a key or a person's data.
/// </summary>
public sealed class ImageGenerationException : Exception
{
    public ImageGenerationException(string message)
        : base(message)
    {
    }

    public ImageGenerationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
