using FluentValidation;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Accounts;
using Pixyer.Application.Common.Consent;
using Pixyer.Application.Features.Privacy;
using Pixyer.Domain.BusinessTransfers;
using Pixyer.Application.Common.Validation;

namespace Pixyer.Application.Features.BusinessTransfers.DeclareBusinessTransfer;

public sealed class DeclareBusinessTransferCommandValidator : AbstractValidator<DeclareBusinessTransferCommand>
{
    public DeclareBusinessTransferCommandValidator(IOptions<PrivacyControllerOptions> controller, TimeProvider clock)
    {
        RuleFor(c => c.Kind)
            .Must(kind => WireNames.TryParse<BusinessTransferKind>(kind, out _))
            .WithMessage($"kind is one of: {string.Join(", ", WireNames.All<BusinessTransferKind>())}.");
        RuleFor(c => c.NewHolder).NotNull().SetValidator(new NewHolderValidator(controller, clock));
        RuleFor(c => c.EffectiveAt).NotNull().WithMessage("effectiveAt is when the new holder takes over the personal information.");
        RuleFor(c => c.Affected).NotNull().SetValidator(new AccountSelectorValidator());
        RuleFor(c => c.ChangedPurposes).MaximumCount(ConsentPurposes.PurposeWide.Count);
        // Per-item authorizations (public disclosure) are not the new holder's to use: they name Pixyer's own showcase.
        RuleForEach(c => c.ChangedPurposes)
            .Must(name => ConsentPurposes.PurposeWide.Any(p => p.Name == name))
            .WithMessage($"'{{PropertyValue}}' is not a purpose-wide consent purpose; one of: {string.Join(", ", ConsentPurposes.PurposeWide.Select(p => p.Name))}.");
    }
}
