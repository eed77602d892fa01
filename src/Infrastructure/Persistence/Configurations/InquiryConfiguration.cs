using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Inquiries;

namespace Pixyer.Infrastructure.Persistence.Configurations;

/// <summary>No foreign key to the requester's account: a complaint's record outlives the erasure, under a pseudonym.</summary>
internal sealed class InquiryConfiguration : IEntityTypeConfiguration<Inquiry>
{
    public void Configure(EntityTypeBuilder<Inquiry> builder)
    {
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Kind).HasConversion<WireNameConverter<InquiryKind>>().HasMaxLength(32);
        builder.Property(i => i.Status).HasConversion<WireNameConverter<InquiryStatus>>().HasMaxLength(32);
        builder.Property(i => i.RequesterName).HasMaxLength(Inquiry.NameMaxLength);
        builder.Property(i => i.RequesterEmail).HasMaxLength(Inquiry.EmailMaxLength);
        builder.Property(i => i.Subject).HasMaxLength(Inquiry.SubjectMaxLength);
        builder.Ignore(i => i.ReachesStaff);
        builder.HasMany(i => i.Messages).WithOne().HasForeignKey(m => m.InquiryId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Messages).HasField("messages");
        builder.HasOne(i => i.Deadline).WithOne().HasForeignKey<Inquiry>("DeadlineId").OnDelete(DeleteBehavior.SetNull);
        // The person's list, and the staff queue by status.
        builder.HasIndex(i => new { i.RequesterId, i.ReceivedAt });
        builder.HasIndex(i => new { i.Status, i.ReceivedAt });
        builder.HasIndex(i => i.AssigneeId);
    }
}
