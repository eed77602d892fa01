using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Inquiries;

namespace Pixyer.Application.Features.Inquiries.PurgeAnonymousInquiries;

public sealed class PurgeAnonymousInquiriesCommandHandler(IAppDbContext db, IOptions<PixyerOptions> options, TimeProvider clock)
    : ICommandHandler<PurgeAnonymousInquiriesCommand, int>
{
    public async ValueTask<int> Handle(PurgeAnonymousInquiriesCommand command, CancellationToken cancellationToken)
    {
        var retention = options.Value.Inquiries;
        var now = clock.GetUtcNow();
        var unverifiedBefore = now - retention.UnverifiedRetention;
        var silentSince = now - retention.AnonymousRetention;
        var expired = await db.Inquiries
            .Where(i => i.RequesterId == null && i.RequesterEmail != null)
            .Where(i => (i.EmailVerifiedAt == null && i.ReceivedAt < unverifiedBefore)
                        || !db.InquiryMessages.Any(m => m.InquiryId == i.Id && m.SentAt >= silentSince))
            .Select(i => i.Id)
            .ToListAsync(cancellationToken);

        await db.InquiryMessages.Where(m => expired.Contains(m.InquiryId)).ExecuteDeleteAsync(cancellationToken);
        // An unverified complaint never reached staff: there is no handling to keep a record of.
        await db.Inquiries.Where(i => expired.Contains(i.Id) && (i.Kind != InquiryKind.Complaint || i.EmailVerifiedAt == null))
            .ExecuteDeleteAsync(cancellationToken);

        var complaints = await db.Inquiries.Where(i => expired.Contains(i.Id)).ToListAsync(cancellationToken);
        foreach (var byAddress in complaints.GroupBy(i => i.RequesterEmail!.ToUpperInvariant()))
        {
            var pseudonym = Guid.NewGuid();
            foreach (var complaint in byAddress)
            {
                complaint.KeepUnderPseudonym(pseudonym);
            }
        }

        return expired.Count;
    }
}
