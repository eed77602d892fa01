using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Accounts;
using Pixyer.Application.Common.Consent;
using Pixyer.Domain.BusinessTransfers;
using Pixyer.Domain.Common;
using Pixyer.Domain.Consents;

namespace Pixyer.Application.Features.BusinessTransfers;

/// <summary>
/// A business transfer as staff see it (T1), with its progress: of <see cref="AffectedCount"/> subjects, how many were
/// mailed the notice, how many could not be (no verified address, or erased since), and for how many the transfer took
/// effect (their grants for the changed purposes suspended).
/// </summary>
public sealed record BusinessTransferDto(
    Guid Id,
    [property: WireNameOf<BusinessTransferKind>] string Kind,
    NewHolderDto NewHolder,
    DateTimeOffset EffectiveAt,
    AccountSelector Affected,
    int AffectedCount,
    [property: WireNameOf<ConsentPurpose>, MaxLength(EnumListBounds.ConsentPurposes)] IReadOnlyList<string> ChangedPurposes,
    BusinessTransferProgress Progress,
    Guid DeclaredBy,
    DateTimeOffset DeclaredAt)
{
    public static BusinessTransferDto Of(BusinessTransfer transfer, BusinessTransferProgress progress) => new(
        transfer.Id.Value,
        WireNames.Of(transfer.Kind),
        new NewHolderDto(transfer.NewHolderId.Value, transfer.NewHolderName, transfer.NewHolderContact, transfer.NewHolderCountry, transfer.BindingUndertaking),
        transfer.EffectiveAt,
        JsonSerializer.Deserialize<AccountSelector>(transfer.Selector, JsonSerializerOptions.Web)!,
        transfer.AffectedCount,
        transfer.ChangedPurposes.Select(ConsentPurposes.NameOf).ToList(),
        progress,
        transfer.DeclaredBy.Value,
        transfer.DeclaredAt);
}

/// <summary>The new holder; <see cref="RecipientId"/> is its entry in the recipient register.</summary>
public sealed record NewHolderDto(
    Guid RecipientId,
    [property: MaxLength(BusinessTransfer.NameMaxLength)] string Name,
    [property: MaxLength(BusinessTransfer.ContactMaxLength)] string Contact,
    [property: MaxLength(CountryCode.Length)] string Country,
    [property: MaxLength(BusinessTransfer.UndertakingMaxLength)] string BindingUndertaking);

/// <summary>Per transfer: notices queued, subjects that could not be mailed, subjects for whom the transfer took effect.</summary>
public sealed record BusinessTransferProgress(int Mailed, int Unreachable, int TookEffect)
{
    public static readonly BusinessTransferProgress None = new(0, 0, 0);
}
