using FluentValidation;
using Microsoft.Extensions.Options;
using Pixyer.Domain.Backups;

namespace Pixyer.Application.Features.Backups.RegisterBackup;

public sealed class RegisterBackupCommandValidator : AbstractValidator<RegisterBackupCommand>
{
    /// <summary>Letters, digits and a few separators: a label names the copy, and an address (no <c>@</c>) cannot slip in.</summary>
    private const string LabelPattern = "^[A-Za-z0-9][A-Za-z0-9 ._:/+-]*$";

    public RegisterBackupCommandValidator(IOptions<PixyerOptions> options, TimeProvider clock)
    {
        var maxAge = options.Value.Backups.MaxAge;
        RuleFor(c => c.Label).NotEmpty().MaximumLength(Backup.LabelMaxLength).Matches(LabelPattern)
            .WithMessage("The label may hold letters, digits, spaces and . _ : / + - only.");
        RuleFor(c => c.TakenAt).NotNull()
            .Must(t => t <= clock.GetUtcNow()).WithMessage("takenAt cannot be in the future.")
            .Must(t => t >= clock.GetUtcNow() - maxAge)
            .WithMessage($"takenAt is older than {maxAge.TotalDays:0} days: the erasure ledger no longer covers such a backup.");
        RuleFor(c => c.ExpiresAt).NotNull()
            .GreaterThan(c => c.TakenAt).WithMessage("expiresAt must be after takenAt.")
            .Must(e => e > clock.GetUtcNow()).WithMessage("The backup has already expired: destroy it rather than register it.");
    }
}
