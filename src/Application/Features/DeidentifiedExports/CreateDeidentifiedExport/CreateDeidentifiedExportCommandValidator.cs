using FluentValidation;
using Pixyer.Application.Common;
using Pixyer.Domain.Deidentification;

namespace Pixyer.Application.Features.DeidentifiedExports.CreateDeidentifiedExport;

public sealed class CreateDeidentifiedExportCommandValidator : AbstractValidator<CreateDeidentifiedExportCommand>
{
    public const int MaximumK = 10_000;

    public CreateDeidentifiedExportCommandValidator()
    {
        RuleFor(c => c.Format)
            .Must(format => WireNames.TryParse<DatasetFormat>(format, out _))
            .WithMessage($"Format is one of: {string.Join(", ", WireNames.All<DatasetFormat>())}.");
        RuleFor(c => c.Purpose).NotEmpty().MaximumLength(DeidentifiedExport.PurposeMaxLength);
        RuleFor(c => c.K).InclusiveBetween(DeidentifiedExport.MinimumK, MaximumK);
    }
}
