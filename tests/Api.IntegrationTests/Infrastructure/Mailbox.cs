using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Pixyer.Application.Features.Outbox.DeliverOutbox;
using Pixyer.Infrastructure.Jobs;

namespace Pixyer.Api.IntegrationTests.Infrastructure;

/// <summary>Reads the mails the app delivered into its pickup folder, as a recipient would.</summary>
public sealed class Mailbox(IServiceProvider services, string folder)
{
    /// <summary>Runs one delivery, as the Quartz job does, through the mediator as the system.</summary>
    public Task<OutboxDeliveryReport> DeliverAsync() =>
        services.GetRequiredService<SystemCommands>().SendAsync(new DeliverOutboxCommand(), CancellationToken.None);

    public IReadOnlyList<MimeMessage> All() =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.eml").Order().Select(f => MimeMessage.Load(f)).ToList()
            : [];

    public IReadOnlyList<MimeMessage> To(string address) =>
        All().Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();

    public async Task<MimeMessage> DeliverAndReadLastAsync(string address)
    {
        await DeliverAsync();
        var mails = To(address);
        return mails.Count > 0 ? mails[^1] : throw new InvalidOperationException($"No mail was delivered to {address}.");
    }

    public void Clear()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
