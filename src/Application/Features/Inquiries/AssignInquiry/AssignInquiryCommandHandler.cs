using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Features.Inquiries.AssignInquiry;

public sealed class AssignInquiryCommandHandler(IAppDbContext db, InquiryThreads threads, TimeProvider clock)
    : ICommandHandler<AssignInquiryCommand, InquirySummaryDto>
{
    private const Roles Staff = Roles.Support | Roles.PrivacyOfficer | Roles.Admin;

    public async ValueTask<InquirySummaryDto> Handle(AssignInquiryCommand command, CancellationToken cancellationToken)
    {
        var inquiry = await threads.StaffsAsync(command.Id, tracked: true, cancellationToken);
        AccountId? assignee = command.AssigneeId is { } id ? new AccountId(id) : null;
        if (assignee is { } staffMember && !await IsStaffAsync(staffMember, cancellationToken))
        {
            throw new RequestRefusedException("assignee-not-staff", "Inquiries are assigned to staff members (Support and up) only.");
        }

        inquiry.AssignTo(assignee);
        return InquirySummaryDto.Of(inquiry, clock.GetUtcNow());
    }

    private async Task<bool> IsStaffAsync(AccountId account, CancellationToken cancellationToken)
    {
        var roles = await db.Accounts.Where(a => a.Id == account).Select(a => (Roles?)a.Roles).SingleOrDefaultAsync(cancellationToken);
        return roles is { } held && (held & Staff) != 0;
    }
}
