using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Features.Privacy;
using Pixyer.Domain.Disclosures;

namespace Pixyer.Application.Features.Recipients.RegisterRecipient;

public sealed class RegisterRecipientCommandHandler(IAppDbContext db, IOptions<PrivacyControllerOptions> controller, TimeProvider clock)
    : ICommandHandler<RegisterRecipientCommand, RecipientDto>
{
    public async ValueTask<RecipientDto> Handle(RegisterRecipientCommand command, CancellationToken cancellationToken)
    {
        // Retired recipients keep their key: old disclosures name them. The unique index settles a race with the same 409.
        if (await db.Recipients.AnyAsync(r => r.Key == command.Key, cancellationToken))
        {
            throw new ConflictException($"A recipient with the key '{command.Key}' is already registered.");
        }

        var category = RecipientDetails.CategoryOf(command);
        await CategoryRoom.EnsureAsync(db, category, joining: null, cancellationToken);
        var recipient = Recipient.Register(
            command.Key,
            command.Name.Trim(),
            category,
            RecipientDetails.CountryOf(command),
            command.SecurityAssessedOn!.Value,
            RecipientDetails.MechanismOf(command),
            clock.GetUtcNow());
        db.Recipients.Add(recipient);
        return RecipientDto.Of(recipient, controller.Value);
    }
}
