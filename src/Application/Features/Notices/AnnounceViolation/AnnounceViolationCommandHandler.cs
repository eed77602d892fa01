using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Common;
using Pixyer.Domain.Notices;

namespace Pixyer.Application.Features.Notices.AnnounceViolation;

public sealed class AnnounceViolationCommandHandler(IAppDbContext db, TimeProvider clock) : ICommandHandler<AnnounceViolationCommand, ViolationNotice>
{
    public async ValueTask<ViolationNotice> Handle(AnnounceViolationCommand command, CancellationToken cancellationToken)
    {
        var person = await db.Accounts.AsNoTracking()
                         .Where(a => a.Id == new AccountId(command.SubjectId))
                         .Select(a => new { a.Username, a.Email })
                         .SingleOrDefaultAsync(cancellationToken)
                     ?? throw new NotFoundException("account");
        DesensitizedText.Ensure("summary", command.Summary, person.Username, person.Email);
        DesensitizedText.Ensure("penalty", command.Penalty, person.Username, person.Email);

        var fraud = command.Kind == AnnounceViolationCommand.Fraud;
        var masked = $"{Masking.Username(person.Username)} ({Masking.Email(person.Email)})";
        var title = $"{(fraud ? "Fraud" : "Violation of the terms of service")}: account {Masking.Username(person.Username)} penalized";
        var body = $"""
                    Account: {masked}
                    What happened: {command.Summary.Trim()}
                    Penalty: {command.Penalty.Trim()}
                    """;
        var notice = PublicNotice.Publish(PublicNoticeKind.Violation, title, body, command.Kind, clock.GetUtcNow());
        db.PublicNotices.Add(notice);
        return new ViolationNotice(notice.Id.Value, command.Kind, notice.Title, notice.Body, notice.PublishedAt);
    }
}
