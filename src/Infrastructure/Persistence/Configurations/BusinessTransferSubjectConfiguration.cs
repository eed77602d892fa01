using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.BusinessTransfers;

namespace Pixyer.Infrastructure.Persistence.Configurations;

/// <summary>
/// No foreign key to the account or the outbox message: the row is the retained record that the person was told, and
/// outlives both.
/// </summary>
internal sealed class BusinessTransferSubjectConfiguration : IEntityTypeConfiguration<BusinessTransferSubject>
{
    public void Configure(EntityTypeBuilder<BusinessTransferSubject> builder)
    {
        builder.HasKey(s => new { s.TransferId, s.SubjectId });
        // The job's two queues: subjects still to mail, in transfer order, and subjects the transfer has yet to take effect for.
        builder.HasIndex(s => new { s.TransferId, s.SubjectId }).HasFilter("notified_at IS NULL");
        builder.HasIndex(s => new { s.SubjectId, s.TransferId }).HasFilter("took_effect_at IS NULL");
    }
}
