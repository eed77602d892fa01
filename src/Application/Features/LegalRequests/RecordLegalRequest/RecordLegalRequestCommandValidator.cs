using FluentValidation;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Domain.LegalRequests;
using Pixyer.Application.Common.Validation;
using Pixyer.Domain.Disclosures;

namespace Pixyer.Application.Features.LegalRequests.RecordLegalRequest;

public sealed class RecordLegalRequestCommandValidator : AbstractValidator<RecordLegalRequestCommand>
{
    public const int MaxSubjects = 1000;

    public RecordLegalRequestCommandValidator(IEnumerable<IPersonalDataSource> sources, TimeProvider clock)
    {
        var requestable = LegalRequestScope.Requestable(sources);
        RuleFor(c => c.AuthorityKey).NotEmpty().MaximumLength(Recipient.KeyMaxLength).WithMessage("Name the authority by the key it is registered under at /admin/recipients.");
        RuleFor(c => c.LegalBasis).Must(b => !string.IsNullOrWhiteSpace(b)).WithMessage("Give the legal basis the authority invokes.")
            .MaximumLength(LegalRequest.TextMaxLength);
        RuleFor(c => c.DocumentReference).MaximumLength(LegalRequest.ReferenceMaxLength);
        RuleFor(c => c.ReceivedAt).Must(at => at <= clock.GetUtcNow()).WithMessage("receivedAt cannot be in the future.");
        RuleFor(c => c.SubjectIds).NotEmpty().WithMessage("Name at least one subject (account id) the request covers.")
            .MaximumCount(MaxSubjects).WithMessage($"A request covers at most {MaxSubjects} subjects.");
        RuleForEach(c => c.SubjectIds).NotEmpty();
        RuleFor(c => c.Categories).NotEmpty().WithMessage("Name at least one category of data the request covers.").MaximumCount(requestable.Count);
        RuleForEach(c => c.Categories)
            .MaximumLength(LegalRequest.CategoryMaxLength)
            .Must(c => requestable.Contains(c, StringComparer.Ordinal))
            .WithMessage($"A category is one of: {string.Join(", ", requestable)}.");
        RuleFor(c => c.ReviewerId).NotEmpty();
    }
}
