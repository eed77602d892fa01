using System.Text.Json;
using Pixyer.Application.Common.Serialization;

namespace Pixyer.Application.Features.Exports.Archive;

/// <summary>How the archive's JSON is written: camelCase, indented, every id a plain UUID string.</summary>
public static class ExportJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new StronglyTypedIdJsonConverter() },
    };
}
