using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Feedback;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class ServiceFeedbackConfiguration : IEntityTypeConfiguration<ServiceFeedback>
{
    public void Configure(EntityTypeBuilder<ServiceFeedback> builder)
    {
        builder.ToTable("service_feedback");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Service).HasConversion<WireNameConverter<FeedbackService>>().HasMaxLength(32);
        builder.Property(f => f.Text).HasMaxLength(ServiceFeedback.TextMaxLength);
        builder.HasOne<Account>().WithMany().HasForeignKey(f => f.AuthorId).OnDelete(DeleteBehavior.Cascade);
        // The author's list, newest first.
        builder.HasIndex(f => new { f.AuthorId, f.GivenAt });
    }
}
