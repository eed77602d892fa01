using Mediator;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Feedback.ListMyFeedback;

/// <summary>Obligation C5: the feedback the caller gave, newest first.</summary>
[Access(AccessLevel.Authenticated)]
[Processing(ProcessingPurpose.CustomerSupport, LegalBasis.Contract, DataCategory.Feedback)]
public sealed record ListMyFeedbackQuery(PageRequest Page) : IQuery<Paged<FeedbackDto>>;
