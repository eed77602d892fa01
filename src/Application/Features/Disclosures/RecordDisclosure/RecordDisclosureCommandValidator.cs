using FluentValidation;
using Pixyer.Application.Common;
using Pixyer.Domain.Processing;
using Pixyer.Application.Common.Validation;
using Pixyer.Domain.Disclosures;

namespace Pixyer.Application.Features.Disclosures.RecordDisclosure;

public sealed class RecordDisclosureCommandValidator : AbstractValidator<RecordDisclosureCommand>
{
    /// <summary>Ids and case numbers only: no spaces or '@', so that no name or address ends up in the register.</summary>
    private const string ReferencePattern = "^[A-Za-z0-9][A-Za-z0-9._:/#-]{0,99}$";

    public RecordDisclosureCommandValidator()
    {
        RuleFor(c => c.SubjectId).NotEmpty();
        RuleFor(c => c)
            .Must(c => (c.RecipientId is not null) != !string.IsNullOrWhiteSpace(c.RecipientKey))
            .OverridePropertyName("recipientId")
            .WithMessage("Name the recipient by recipientId or by recipientKey, not both.");
        RuleFor(c => c.Purpose)
            .Must(p => WireNames.TryParse<ProcessingPurpose>(p, out _))
            .WithMessage($"purpose is one of: {string.Join(", ", WireNames.All<ProcessingPurpose>())}.");
        RuleFor(c => c.LegalBasis)
            .Must(b => WireNames.TryParse<LegalBasis>(b, out _))
            .WithMessage($"legalBasis is one of: {string.Join(", ", WireNames.All<LegalBasis>())}.");
        RuleFor(c => c.RecipientKey).MaximumLength(Recipient.KeyMaxLength);
        RuleFor(c => c.DataCategories).NotEmpty().WithMessage("Name at least one data category that was disclosed.")
            .MaximumCount(WireNames.All<DataCategory>().Count);
        RuleForEach(c => c.DataCategories)
            .Must(c => WireNames.TryParse<DataCategory>(c, out var category) && category != DataCategory.None)
            .WithMessage($"A data category is one of: {string.Join(", ", WireNames.All<DataCategory>().Skip(1))}.");
        RuleFor(c => c.Reference)
            .MaximumLength(Disclosure.ReferenceMaxLength)
            .Matches(ReferencePattern)
            .When(c => c.Reference is not null)
            .WithMessage("reference is an id or case number: up to 100 letters, digits and . _ : / # -");
    }
}
