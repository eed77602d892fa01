using System.Globalization;

namespace Pixyer.Application.Common.Exceptions;

/// <summary>A body or file over its size limit (413), with the same problem type as the HTTP layer's own refusal.</summary>
public sealed class PayloadTooLargeException(long maxBytes)
    : ProblemException(
        413,
        "payload-too-large",
        "Payload too large",
        $"The file is larger than the {(maxBytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture)} MB accepted.")
{
    public override IReadOnlyDictionary<string, object?> Extensions => new Dictionary<string, object?> { ["maxBytes"] = maxBytes };
}
