using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Disclosures;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Disclosures;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Disclosures.RecordDisclosure;

public sealed class RecordDisclosureCommandHandler(IAppDbContext db, IDisclosureRegister register)
    : ICommandHandler<RecordDisclosureCommand, DisclosureDto>
{
    public async ValueTask<DisclosureDto> Handle(RecordDisclosureCommand command, CancellationToken cancellationToken)
    {
        var subject = new AccountId(command.SubjectId);
        if (!await db.Accounts.AnyAsync(a => a.Id == subject, cancellationToken))
        {
            throw new NotFoundException("account");
        }

        var key = command.RecipientKey ?? await db.Recipients.AsNoTracking()
            .Where(r => r.Id == new RecipientId(command.RecipientId!.Value))
            .Select(r => r.Key)
            .SingleOrDefaultAsync(cancellationToken);
        var disclosure = await register.RecordAsync(
            subject,
            key ?? throw new RequestRefusedException("recipient-not-registered", "No recipient with this id is in the disclosure register."),
            WireNames.Parse<ProcessingPurpose>(command.Purpose),
            WireNames.Parse<LegalBasis>(command.LegalBasis),
            command.DataCategories.Select(WireNames.Parse<DataCategory>).ToList(),
            command.Reference,
            cancellationToken);

        var recipient = await db.Recipients.AsNoTracking().SingleAsync(r => r.Id == disclosure.RecipientId, cancellationToken);
        return DisclosureRow.Of(disclosure, recipient).ToDto();
    }
}
