using System.Text;
using Microsoft.Extensions.Options;
using Pixyer.Infrastructure.Security;

namespace Pixyer.Infrastructure.Payments.Sandbox;

/// <summary>The sandbox's webhook signing secret: <c>Pixyer:Payments:Sandbox:WebhookSecret</c>, else <c>keys/sandbox-webhook.key</c>.</summary>
public sealed class SandboxWebhookSecret(IOptions<PaymentOptions> payments, IOptions<InfrastructureOptions> infrastructure)
{
    private readonly Lazy<byte[]> value = new(() =>
        payments.Value.Sandbox.WebhookSecret is { Length: > 0 } configured
            ? Encoding.UTF8.GetBytes(configured)
            : DataFolderKey.Load(null, "sandbox-webhook.key", infrastructure.Value));

    public byte[] Value => value.Value;
}
