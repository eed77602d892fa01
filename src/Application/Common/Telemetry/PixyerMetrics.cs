using System.Diagnostics.Metrics;
using Pixyer.Domain.Consents;

namespace Pixyer.Application.Common.Telemetry;

/// <summary>The counters of refusals an operator watches: missing consent and used-up request allowances.</summary>
public sealed class PixyerMetrics
{
    private readonly Counter<long> consentDenials;
    private readonly Counter<long> rateLimitRejections;

    public PixyerMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(PixyerTelemetry.MeterName);
        consentDenials = meter.CreateCounter<long>(
            "pixyer.consent.denials", "{request}", "Requests the pipeline refused or dropped for want of the caller's consent");
        rateLimitRejections = meter.CreateCounter<long>(
            "pixyer.rate_limit.rejections", "{request}", "Requests answered 429 because an allowance was used up");
    }

    /// <summary>A request refused with 403, or droppable telemetry (<paramref name="dropped"/>) answered as usual with nothing stored.</summary>
    public void ConsentDenied(ConsentPurpose purpose, bool dropped) =>
        consentDenials.Add(
            1,
            new KeyValuePair<string, object?>("pixyer.consent.purpose", WireNames.Of(purpose)),
            new KeyValuePair<string, object?>("pixyer.consent.outcome", dropped ? "dropped" : "refused"));

    /// <summary>A 429, counted under the allowance's name as the RateLimit headers give it (<paramref name="policy"/>: requests, login, register, public-read).</summary>
    public void RateLimitRejected(string policy) =>
        rateLimitRejections.Add(1, new KeyValuePair<string, object?>("pixyer.rate_limit.policy", policy));
}
