using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Inquiries;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class InquiryMessageConfiguration : IEntityTypeConfiguration<InquiryMessage>
{
    public void Configure(EntityTypeBuilder<InquiryMessage> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Text).HasMaxLength(InquiryMessage.TextMaxLength);
        builder.Property(m => m.AttachmentKey).HasMaxLength(200);
        builder.Property(m => m.AttachmentContentType).HasMaxLength(64);
        builder.HasIndex(m => new { m.InquiryId, m.SentAt });
        builder.HasIndex(m => m.StaffAuthorId);
    }
}
