using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;
using Pixyer.Application.Common;
using Pixyer.Domain.Feedback;

namespace Pixyer.Application.Features.Feedback.GiveFeedback;

/// <summary>
/// Obligation C5: a person rates a service (<c>generation</c>, <c>subscription</c>, <c>general</c>), optionally naming
/// one of their own items of it by <see cref="Reference"/>, with an optional text. Recorded per account as part of
/// customer support and after-sales under the service contract, so no consent is asked.
/// </summary>
[Access(AccessLevel.Authenticated)]
[Processing(ProcessingPurpose.CustomerSupport, LegalBasis.Contract, DataCategory.Feedback)]
public sealed record GiveFeedbackCommand([property: WireNameOf<FeedbackService>] string Service, Guid? Reference, int Rating, string? Text) : ICommand<FeedbackDto>;
