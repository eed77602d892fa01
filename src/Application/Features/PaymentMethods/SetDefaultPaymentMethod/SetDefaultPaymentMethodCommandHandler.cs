using Mediator;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;

namespace Pixyer.Application.Features.PaymentMethods.SetDefaultPaymentMethod;

public sealed class SetDefaultPaymentMethodCommandHandler(IAppDbContext db, ICurrentActor actor, ISubjectLocks locks)
    : ICommandHandler<SetDefaultPaymentMethodCommand, PaymentMethodDto>
{
    public async ValueTask<PaymentMethodDto> Handle(SetDefaultPaymentMethodCommand command, CancellationToken cancellationToken)
    {
        var owner = actor.RequiredAccountId;
        await locks.LockAsync(BillingLocks.Scope, owner.Value, cancellationToken);
        var method = await OwnedPaymentMethods.FindAsync(db, owner, command.Id, cancellationToken);
        await PaymentMethodDefaults.MakeDefaultAsync(db, method, cancellationToken);
        return PaymentMethodDto.From(method);
    }
}
