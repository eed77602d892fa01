using System.Text.Json;

namespace Pixyer.Application.Features.Privacy;

/// <summary>Enum values as the privacy endpoints spell them: snake_case, like the consent purposes.</summary>
public static class WireNames
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
}
