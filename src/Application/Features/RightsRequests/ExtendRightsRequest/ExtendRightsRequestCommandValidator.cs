using FluentValidation;
using Pixyer.Domain.Rights;

namespace Pixyer.Application.Features.RightsRequests.ExtendRightsRequest;

/// <summary>The number of days is the extension rule's to judge (422), not a malformed request.</summary>
public sealed class ExtendRightsRequestCommandValidator : AbstractValidator<ExtendRightsRequestCommand>
{
    public ExtendRightsRequestCommandValidator()
    {
        RuleFor(c => c.Days).InclusiveBetween(1, (int)RightsRequest.MaxExtension.TotalDays);
        RuleFor(c => c.Reason)
            .Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage("Give a reason; the person is told it.")
            .MaximumLength(RightsRequest.ExtensionReasonMaxLength);
    }
}
