using Pixyer.Application.Common;

namespace Pixyer.Application.Features.Exports;

public static class ExportLinks
{
    /// <summary>The API path of an export's archive, relative to the API's base URL.</summary>
    public static string Download(Guid exportId) => ResourceLinks.Of("/api/v1/me/exports/", exportId, "/download");
}
