namespace Pixyer.Api.Http;

/// <summary>A transparent 1x1 GIF: what a tracking pixel answers, the same whether or not it recorded anything (K3).</summary>
public static class TransparentGif
{
    public const string ContentType = "image/gif";

    public static readonly byte[] Bytes = Convert.FromBase64String("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");
}
