using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Files;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Inquiries;
using Pixyer.Domain.Rights;

namespace Pixyer.Application.Features.Inquiries;

/// <summary>
/// The inquiries a person wrote signed in, with their threads and attached images (C7, Q1, U4): exported, and erased
/// with the account, except that a complaint's record stays for the legal period (<see cref="Inquiry"/> is
/// <c>[RetainedAfterErasure]</c>, listed in the certificate) without its thread, subject or account id, which a
/// pseudonym replaces. A staff member's own part (the replies they wrote, the threads assigned to them) is unlinked.
/// </summary>
public sealed class InquiriesPersonalData(IAppDbContext db, IFileStore files) : IPersonalDataSource
{
    public string Category => "inquiries";

    public IReadOnlyList<string> Obligations => ["C7", "Q1", "U4"];

    public IReadOnlyList<Type> EntityTypes => [typeof(Inquiry), typeof(InquiryMessage)];

    public async Task ExportAsync(AccountId subject, IExportWriter writer, CancellationToken cancellationToken)
    {
        var inquiries = await db.Inquiries.AsNoTracking().Include(i => i.Messages)
            .Where(i => i.RequesterId == subject)
            .OrderBy(i => i.ReceivedAt)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        await writer.WriteRecordsAsync(Category, inquiries.Select(InquiryExport.Of), cancellationToken);
        await writer.WriteFilesAsync(
            files,
            Category,
            MessagesOf([subject]).Where(m => m.AttachmentKey != null).OrderBy(m => m.SentAt)
                .Select(m => new ExportedFile(m.Id.Value, m.AttachmentContentType!, m.AttachmentKey!)),
            cancellationToken);
    }

    public async Task EraseAsync(IReadOnlyCollection<AccountId> subjects, CancellationToken cancellationToken)
    {
        await MessagesOf(subjects).ExecuteDeleteAsync(cancellationToken);
        await InquiriesOf(subjects).Where(i => i.Kind != InquiryKind.Complaint).ExecuteDeleteAsync(cancellationToken);
        // Few people complain: one pseudonym per person who did, none drawn for the rest of the set.
        var complainants = await InquiriesOf(subjects).Select(i => i.RequesterId).Distinct().ToListAsync(cancellationToken);
        foreach (var complainant in complainants)
        {
            var pseudonym = Guid.NewGuid();
            await db.Inquiries.Where(i => i.RequesterId == complainant).ExecuteUpdateAsync(
                s => s.SetProperty(i => i.RequesterId, (AccountId?)null)
                    .SetProperty(i => i.Pseudonym, pseudonym)
                    .SetProperty(i => i.Subject, (string?)null)
                    .SetProperty(i => i.RequesterName, (string?)null)
                    .SetProperty(i => i.RequesterEmail, (string?)null),
                cancellationToken);
        }

        // The deadline shares the inquiry's id, so it must not keep the account id the pseudonym replaced.
        await db.RightsRequests.Where(r => r.Kind == RightsRequestKind.Inquiry && r.SubjectId != null && subjects.Contains(r.SubjectId.Value))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.SubjectId, (AccountId?)null), cancellationToken);

        await db.InquiryMessages.Where(m => m.StaffAuthorId != null && subjects.Contains(m.StaffAuthorId.Value))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.StaffAuthorId, (AccountId?)null), cancellationToken);
        await db.Inquiries.Where(i => i.AssigneeId != null && subjects.Contains(i.AssigneeId.Value))
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.AssigneeId, (AccountId?)null), cancellationToken);
    }

    public async Task<IReadOnlyList<RemainingData>> FindRemainingAsync(AccountId subject, CancellationToken cancellationToken) =>
        Remaining.Of(
            Category,
            (nameof(Inquiry), await db.Inquiries.CountAsync(i => i.RequesterId == subject || i.AssigneeId == subject, cancellationToken)),
            (nameof(RightsRequest), await db.RightsRequests.CountAsync(r => r.Kind == RightsRequestKind.Inquiry && r.SubjectId == subject, cancellationToken)),
            (nameof(InquiryMessage), await db.InquiryMessages.CountAsync(m => m.StaffAuthorId == subject, cancellationToken)
                                     + await MessagesOf([subject]).CountAsync(cancellationToken)));

    private IQueryable<Inquiry> InquiriesOf(IReadOnlyCollection<AccountId> subjects) =>
        db.Inquiries.Where(i => i.RequesterId != null && subjects.Contains(i.RequesterId.Value));

    private IQueryable<InquiryMessage> MessagesOf(IReadOnlyCollection<AccountId> subjects)
    {
        var inquiries = InquiriesOf(subjects);
        return db.InquiryMessages.Where(m => inquiries.Any(i => i.Id == m.InquiryId));
    }

    /// <summary>An inquiry as its requester's export holds it: no deadline or staff ids, the thread in order.</summary>
    private sealed record InquiryExport(
        Guid Id, string Kind, string Status, string? Subject, DateTimeOffset ReceivedAt, DateTimeOffset? ClosedAt, IReadOnlyList<InquiryMessageDto> Messages)
    {
        public static InquiryExport Of(Inquiry inquiry) =>
            new(
                inquiry.Id.Value,
                WireNames.Of(inquiry.Kind),
                WireNames.Of(inquiry.Status),
                inquiry.Subject,
                inquiry.ReceivedAt,
                inquiry.ClosedAt,
                inquiry.Messages.OrderBy(m => m.SentAt).ThenBy(m => m.Id.Value).Select(InquiryMessageDto.Of).ToList());
    }
}
