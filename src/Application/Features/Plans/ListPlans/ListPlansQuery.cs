using Mediator;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Plans.ListPlans;

/// <summary>The plans on sale (the newest version of each code), cheapest first, for anyone.</summary>
[Access(AccessLevel.Anonymous)]
[Processing(ProcessingPurpose.SubscriptionPayment, LegalBasis.Contract, DataCategory.None)]
public sealed record ListPlansQuery(PageRequest Page) : IQuery<Paged<PlanDto>>;
