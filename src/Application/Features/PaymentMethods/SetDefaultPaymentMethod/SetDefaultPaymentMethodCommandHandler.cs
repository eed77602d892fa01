using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Billing;

namespace Pixyer.Application.Features.PaymentMethods.SetDefaultPaymentMethod;

public sealed class SetDefaultPaymentMethodCommandHandler(IAppDbContext db, ICurrentActor actor, ISubjectLocks locks)
    : ICommandHandler<SetDefaultPaymentMethodCommand, PaymentMethodDto>
{
    public async ValueTask<PaymentMethodDto> Handle(SetDefaultPaymentMethodCommand command, CancellationToken cancellationToken)
    {
        var owner = actor.RequiredAccountId;
        await locks.LockAsync(BillingLocks.Scope, owner.Value, cancellationToken);
        var id = new PaymentMethodId(command.Id);
        var method = await db.PaymentMethods.FirstOrDefaultAsync(m => m.Id == id && m.OwnerId == owner, cancellationToken)
                     ?? throw new NotFoundException("payment method");
        await PaymentMethodDefaults.MakeDefaultAsync(db, method, cancellationToken);
        return PaymentMethodDto.From(method);
    }
}
