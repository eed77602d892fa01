using System.Text.Json;
using Pixyer.Application.Common.Security;

namespace Pixyer.Application.Features.Deletion;

/// <summary>The values an erasure's raw scan searches for, sealed from the erasure step to the certification step.</summary>
public static class VerificationValues
{
    public static byte[] Seal(IKeySealer sealer, IReadOnlyCollection<string> values) =>
        sealer.Seal(JsonSerializer.SerializeToUtf8Bytes(values));

    /// <summary>None for a request erased before the values were kept.</summary>
    public static IReadOnlyList<string> Unseal(IKeySealer sealer, byte[]? sealedValues) =>
        sealedValues is null ? [] : JsonSerializer.Deserialize<string[]>(sealer.Unseal(sealedValues)) ?? [];
}
