using System.Text.Json;

namespace Pixyer.Application.Common;

/// <summary>Enum values as the API spells them: snake_case (consent purposes, channels, register columns).</summary>
public static class WireNames
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    /// <summary>Every value's wire name, in declaration order.</summary>
    public static IReadOnlyList<string> All<TEnum>()
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(Of).ToList();

    /// <summary>The value whose wire name is exactly <paramref name="name"/>.</summary>
    public static bool TryParse<TEnum>(string? name, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Of(candidate), name, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>The value of a wire name a validator has already accepted.</summary>
    public static TEnum Parse<TEnum>(string name)
        where TEnum : struct, Enum =>
        TryParse<TEnum>(name, out var value)
            ? value
            : throw new ArgumentException($"'{name}' is not a wire name of {typeof(TEnum).Name}.", nameof(name));
}
