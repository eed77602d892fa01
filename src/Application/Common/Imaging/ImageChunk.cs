namespace Pixyer.Application.Common.Imaging;

/// <summary>A chunk of a PNG or a RIFF (WebP) file: its four-letter type and its data.</summary>
internal readonly ref struct ImageChunk(ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
{
    public ReadOnlySpan<byte> Type { get; } = type;

    public ReadOnlySpan<byte> Data { get; } = data;
}
