using FluentValidation;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common;
using Pixyer.Application.Features.Privacy;
using Pixyer.Domain.Common;
using Pixyer.Domain.Disclosures;

namespace Pixyer.Application.Features.Recipients;

/// <summary>What staff state about a recipient when registering or revising it.</summary>
public interface IRecipientDetails
{
    string Name { get; }

    /// <summary>The category's wire name, e.g. <c>large_model_providers</c>.</summary>
    string Category { get; }

    /// <summary>ISO 3166-1 alpha-2 code, in either case.</summary>
    string Country { get; }

    DateOnly? SecurityAssessedOn { get; }

    string? TransferMechanism { get; }
}

/// <summary>
/// The rules both commands share (S2, X1): a known category, a country code, a security assessment that has taken place,
/// and a transfer mechanism for a recipient outside the storage region. Internal, so the assembly scan does not register it.
/// </summary>
internal sealed class RecipientDetailsValidator : AbstractValidator<IRecipientDetails>
{
    public RecipientDetailsValidator(IOptions<PrivacyControllerOptions> controller, TimeProvider clock)
    {
        var storage = controller.Value;
        RuleFor(r => r.Name).NotEmpty().MaximumLength(Recipient.NameMaxLength);
        RuleFor(r => r.Category)
            .Must(c => WireNames.TryParse<RecipientCategory>(c, out _))
            .WithMessage($"category is one of the policy's: {string.Join(", ", WireNames.All<RecipientCategory>())}.");
        const string country = "country is an ISO 3166-1 alpha-2 code, e.g. CN.";
        RuleFor(r => r.Country).NotEmpty().MaximumLength(CountryCode.Length).WithMessage(country)
            .Matches($"^[A-Za-z]{{{CountryCode.Length}}}$").WithMessage(country);
        RuleFor(r => r.SecurityAssessedOn)
            .NotNull()
            .Must(d => d is null || d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
            .WithMessage("securityAssessedOn is the date of the last security assessment; it cannot be in the future.");
        RuleFor(r => r.TransferMechanism)
            .NotEmpty()
            .When(r => r.Country is { Length: CountryCode.Length } && storage.IsCrossBorder(r.Country))

            .WithMessage($"transferMechanism is required for a recipient outside the storage region ({storage.StorageCountryCode}): data sent there is a cross-border transfer (X1).");
        RuleFor(r => r.TransferMechanism).MaximumLength(Recipient.TransferMechanismMaxLength);
    }
}

internal static class RecipientDetails
{
    public static RecipientCategory CategoryOf(IRecipientDetails details) => WireNames.Parse<RecipientCategory>(details.Category);

    public static string CountryOf(IRecipientDetails details) => details.Country.ToUpperInvariant();

    /// <summary>Blank means none: a recipient inside the storage region needs no mechanism.</summary>
    public static string? MechanismOf(IRecipientDetails details) =>
        string.IsNullOrWhiteSpace(details.TransferMechanism) ? null : details.TransferMechanism.Trim();
}
