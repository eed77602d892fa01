using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Jobs;
using Pixyer.Domain.Rights;

namespace Pixyer.Infrastructure.Persistence.Configurations;

/// <summary>No foreign key to the account: the request and its certificate outlive the account they erased.</summary>
internal sealed class DeletionRequestConfiguration : IEntityTypeConfiguration<DeletionRequest>
{
    public void Configure(EntityTypeBuilder<DeletionRequest> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Origin).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.TokenHash).HasMaxLength(64);
        builder.Property(d => d.HandledBy).HasMaxLength(JobRun.NodeMaxLength);
        builder.Ignore(d => d.IsPending);
        builder.HasIndex(d => new { d.Status, d.RequestedAt });
        builder.HasIndex(d => d.SubjectId);
        builder.OwnsOne(d => d.Certificate, certificate =>
        {
            certificate.ToTable("deletion_certificates");
            certificate.WithOwner().HasForeignKey(c => c.RequestId);
            certificate.HasKey(c => c.RequestId);
            certificate.Ignore(c => c.Clean);
        });
        builder.Navigation(d => d.Certificate).AutoInclude(false);
    }
}
