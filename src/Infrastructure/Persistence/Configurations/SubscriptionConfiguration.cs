using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Billing;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class SubscriptionConfiguration : IEntityTypeConfiguration<Subscription>
{
    public void Configure(EntityTypeBuilder<Subscription> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Status).HasConversion<WireNameConverter<SubscriptionStatus>>().HasMaxLength(16);
        builder.Ignore(s => s.IsLive);
        builder.Ignore(s => s.RenewsAt);
        builder.HasOne<Account>().WithMany().HasForeignKey(s => s.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Plan>().WithMany().HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.History).WithOne().HasForeignKey(e => e.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.History).HasField("history");
        // One live subscription per account, held by the database and not only by a check: two subscribe requests
        // racing each other cannot both commit.
        builder.HasIndex(s => s.OwnerId).IsUnique().HasFilter("status <> 'canceled'").HasDatabaseName("ux_subscriptions_one_live_per_owner");
        builder.HasIndex(s => new { s.OwnerId, s.CreatedAt });
        // The renewal job's search: live subscriptions by when their next charge is due.
        builder.HasIndex(s => new { s.Status, s.NextChargeAt });
    }
}
