using System.Text.Json;

namespace Pixyer.Application.Common;

/// <summary>Enum values as the API spells them: snake_case (consent purposes, channels, register columns).</summary>
public static class WireNames
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
}
