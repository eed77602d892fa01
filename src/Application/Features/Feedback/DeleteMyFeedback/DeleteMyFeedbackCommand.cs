using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Feedback.DeleteMyFeedback;

/// <summary>Obligation C5: the author deletes a piece of their feedback; another person's id answers 404.</summary>
[Access(AccessLevel.Authenticated)]
[Processing(ProcessingPurpose.CustomerSupport, LegalBasis.Contract, DataCategory.Feedback)]
public sealed record DeleteMyFeedbackCommand(Guid Id) : ICommand;
