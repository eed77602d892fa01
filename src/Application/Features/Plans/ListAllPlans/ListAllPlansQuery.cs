using Mediator;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Plans.ListAllPlans;

/// <summary>Every version of every plan, retired ones included, by code and newest version first.</summary>
[Access(Roles.Admin)]
[Processing(ProcessingPurpose.SubscriptionPayment, LegalBasis.Contract, DataCategory.None)]
public sealed record ListAllPlansQuery(PageRequest Page) : IQuery<Paged<PlanDto>>;
