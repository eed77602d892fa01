namespace Pixyer.Application.Features.Deletion;

public static class DeletionLinks
{
    /// <summary>The header that carries a deletion request's certificate token (never the URL, which is logged).</summary>
    public const string TokenHeader = "Deletion-Token";

    public static string Request(Guid id) => $"/api/v1/deletion-requests/{id}";

    /// <summary>The privacy centre's page that reads the request and its certificate with the token typed in.</summary>
    public static string Page(Guid id) => $"/deletion/{id}";

    /// <summary>How a deletion mail tells its reader to open the certificate: the page, and the API for a program.</summary>
    public static string ReadingInstructions(string publicBaseUrl, Guid id, string token)
    {
        var origin = publicBaseUrl.TrimEnd('/');
        return $"""
                Open {origin}{Page(id)} and enter the token:

                  Request id: {id}
                  Token:      {token}

                (a program sends the token in the "{TokenHeader}" header to {origin}{Request(id)}).
                """;
    }
}
