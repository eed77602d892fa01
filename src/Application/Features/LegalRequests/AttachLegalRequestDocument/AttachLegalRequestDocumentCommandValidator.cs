using FluentValidation;
using Pixyer.Domain.LegalRequests;

namespace Pixyer.Application.Features.LegalRequests.AttachLegalRequestDocument;

public sealed class AttachLegalRequestDocumentCommandValidator : AbstractValidator<AttachLegalRequestDocumentCommand>
{
    public AttachLegalRequestDocumentCommandValidator() => RuleFor(c => c.Reference).MaximumLength(LegalRequest.ReferenceMaxLength);
}
