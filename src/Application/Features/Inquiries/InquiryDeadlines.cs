using Pixyer.Application.Common;
using Pixyer.Domain.Inquiries;

namespace Pixyer.Application.Features.Inquiries;

public static class InquiryDeadlines
{
    /// <summary>The configured days to the first answer for <paramref name="kind"/> (<c>Pixyer:Inquiries:ResponseDays:&lt;kind&gt;</c>).</summary>
    public static TimeSpan ResponsePeriodOf(this PixyerOptions.InquiryOptions options, InquiryKind kind) =>
        options.ResponseDays.TryGetValue(WireNames.Of(kind), out var days)
            ? TimeSpan.FromDays(days)
            : throw new InvalidOperationException($"Pixyer:Inquiries:ResponseDays has no entry for {WireNames.Of(kind)}.");
}
