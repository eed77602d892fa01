using System.Text;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common.Payments;
using Pixyer.Domain.Billing;

namespace Pixyer.Api.Http;

/// <summary>Marks an endpoint whose request must not carry a card number (<see cref="CardNumberGuardMiddleware"/>).</summary>
public sealed class RefusesCardNumbersMetadata;

/// <summary>
/// Obligation C4: on the payment endpoints, a query or body that carries anything like a card number, in any field or
/// none, is refused with 400 <c>card-number-not-accepted</c> before binding, validation, logging or audit see it. The
/// body is buffered in memory only (never a temporary file), up to the request body limit that already applies.
/// </summary>
public sealed class CardNumberGuardMiddleware(RequestDelegate next, IOptions<HttpOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<RefusesCardNumbersMetadata>() is null)
        {
            await next(context);
            return;
        }

        if (CardNumbers.AppearIn(Uri.UnescapeDataString(context.Request.QueryString.Value ?? "")) || await BodyCarriesCardNumberAsync(context))
        {
            throw new CardNumberNotAcceptedException();
        }

        await next(context);
    }

    private async Task<bool> BodyCarriesCardNumberAsync(HttpContext context)
    {
        var method = context.Request.Method;
        var mayHaveBody = HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method);
        if (!mayHaveBody || context.Request.ContentLength == 0)
        {
            return false;
        }

        var limit = (int)Math.Min(options.Value.MaxRequestBodyBytes, int.MaxValue);
        context.Request.EnableBuffering(bufferThreshold: limit, bufferLimit: limit);
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        context.Request.Body.Position = 0;
        return CardNumbers.AppearIn(body);
    }
}
