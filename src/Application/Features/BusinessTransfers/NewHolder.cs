using FluentValidation;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common;
using Pixyer.Application.Features.Privacy;
using Pixyer.Application.Features.Recipients;
using Pixyer.Domain.BusinessTransfers;
using Pixyer.Domain.Disclosures;

namespace Pixyer.Application.Features.BusinessTransfers;

/// <summary>
/// The company personal information passes to (T1), as staff declare it: it becomes a registered recipient of category
/// <c>new_holders</c>, so it needs what every recipient needs (country, security assessment, and a transfer mechanism
/// outside the storage region, X1), and the reference of the document binding it to this privacy policy.
/// </summary>
public sealed record NewHolder(
    string Name, string Contact, string Country, string BindingUndertaking, DateOnly? SecurityAssessedOn, string? TransferMechanism)
    : IRecipientDetails
{
    string IRecipientDetails.Category => WireNames.Of(RecipientCategory.NewHolders);
}

internal sealed class NewHolderValidator : AbstractValidator<NewHolder>
{
    public NewHolderValidator(IOptions<PrivacyControllerOptions> controller, TimeProvider clock)
    {
        Include(new RecipientDetailsValidator(controller, clock));
        RuleFor(h => h.Contact).NotEmpty().MaximumLength(BusinessTransfer.ContactMaxLength);
        RuleFor(h => h.BindingUndertaking)
            .Must(r => !string.IsNullOrWhiteSpace(r))
            .WithMessage("bindingUndertaking is required: the reference of the document by which the new holder is bound by this privacy policy.")
            .MaximumLength(BusinessTransfer.UndertakingMaxLength);
    }
}
