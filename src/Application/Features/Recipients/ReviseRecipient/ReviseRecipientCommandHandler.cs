using Mediator;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Features.Privacy;

namespace Pixyer.Application.Features.Recipients.ReviseRecipient;

public sealed class ReviseRecipientCommandHandler(IAppDbContext db, IOptions<PrivacyControllerOptions> controller)
    : ICommandHandler<ReviseRecipientCommand, RecipientDto>
{
    public async ValueTask<RecipientDto> Handle(ReviseRecipientCommand command, CancellationToken cancellationToken)
    {
        var recipient = await db.Recipients.GetAsync(command.Id, cancellationToken);
        if (!recipient.Active)
        {
            throw new ConflictException("This recipient is retired; register a new one instead.");
        }

        var category = RecipientDetails.CategoryOf(command);
        if (category != recipient.Category)
        {
            await CategoryRoom.EnsureAsync(db, category, recipient.Id, cancellationToken);
        }

        recipient.Revise(
            command.Name.Trim(),
            category,
            RecipientDetails.CountryOf(command),
            command.SecurityAssessedOn!.Value,
            RecipientDetails.MechanismOf(command));
        return RecipientDto.Of(recipient, controller.Value);
    }
}
