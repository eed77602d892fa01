using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Policies;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Username).HasMaxLength(Account.UsernameMaxLength);
        builder.Property(a => a.NormalizedUsername).HasMaxLength(Account.UsernameMaxLength);
        builder.Property(a => a.Email).HasMaxLength(Account.EmailMaxLength);
        builder.Property(a => a.NormalizedEmail).HasMaxLength(Account.EmailMaxLength);
        builder.Property(a => a.PendingEmail).HasMaxLength(Account.EmailMaxLength);
        builder.Property(a => a.PasswordHash).HasMaxLength(256);
        builder.Property(a => a.AcceptedPolicyVersion).HasMaxLength(PolicyVersion.VersionMaxLength);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        // Erased shells all have an empty name and address: unique among the accounts that are still someone's.
        builder.HasIndex(a => a.NormalizedUsername).IsUnique().HasFilter("status <> 'Erased'");
        builder.HasIndex(a => a.NormalizedEmail).IsUnique().HasFilter("status <> 'Erased'");
        // The daily inactivity job's scan (R1).
        builder.HasIndex(a => new { a.Status, a.LastActiveAt });
        // The anonymization batch's selection, oldest clock first (R2).
        builder.HasIndex(a => a.RetentionClockStartedAt);
        // An erased account is nobody's: no lookup, check or job sees it (erasure and anonymization leave the shell so
        // that ids in the audit trail and the ledger point at a row; the shell holds nothing about a person).
        builder.HasQueryFilter(a => a.Status != AccountStatus.Erased);
        builder.Ignore(a => a.IsEmailVerified);
        builder.Ignore(a => a.CanLogIn);
    }
}
