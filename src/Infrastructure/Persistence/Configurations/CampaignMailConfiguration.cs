using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Campaigns;

namespace Pixyer.Infrastructure.Persistence.Configurations;

/// <summary>No foreign key to the account or the outbox message: erasure deletes the rows through their source.</summary>
internal sealed class CampaignMailConfiguration : IEntityTypeConfiguration<CampaignMail>
{
    public void Configure(EntityTypeBuilder<CampaignMail> builder)
    {
        builder.HasKey(m => new { m.CampaignId, m.SubjectId });
        // The campaign job's queue: mails still to queue, in campaign order.
        builder.HasIndex(m => new { m.CampaignId, m.SubjectId }).HasFilter("handled_at IS NULL");
        // A person's campaign mails (export, erasure, an unsubscribe or an open).
        builder.HasIndex(m => m.SubjectId);
    }
}
