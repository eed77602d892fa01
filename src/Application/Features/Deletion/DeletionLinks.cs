namespace Pixyer.Application.Features.Deletion;

public static class DeletionLinks
{
    /// <summary>The header that carries a deletion request's certificate token (never the URL, which is logged).</summary>
    public const string TokenHeader = "Deletion-Token";

    public static string Request(Guid id) => $"/api/v1/deletion-requests/{id}";
}
