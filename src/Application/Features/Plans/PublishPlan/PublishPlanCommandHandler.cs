using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Billing;

namespace Pixyer.Application.Features.Plans.PublishPlan;

public sealed class PublishPlanCommandHandler(IAppDbContext db, TimeProvider clock) : ICommandHandler<PublishPlanCommand, PlanDto>
{
    public async ValueTask<PlanDto> Handle(PublishPlanCommand command, CancellationToken cancellationToken)
    {
        var versions = await db.Plans.Where(p => p.Code == command.Code).ToListAsync(cancellationToken);
        foreach (var older in versions.Where(p => p.Active))
        {
            older.Retire();
        }

        // Two admins publishing at once take the same number: the unique (code, version) index refuses the second (409).
        var plan = Plan.Publish(
            command.Code,
            versions.Select(p => p.Version).DefaultIfEmpty(0).Max() + 1,
            command.Name.Trim(),
            command.PriceMinor,
            command.Currency,
            WireNames.Parse<BillingInterval>(command.Interval),
            command.IncludedGenerations,
            clock.GetUtcNow());
        db.Plans.Add(plan);
        return PlanDto.From(plan);
    }
}
