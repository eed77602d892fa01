using Pixyer.Application.Common.Consent;
using Pixyer.Application.Common.Email;
using Pixyer.Domain.BusinessTransfers;

namespace Pixyer.Application.Features.BusinessTransfers;

/// <summary>
/// The plain-language notice every subject of a business transfer gets (T1): an operational mail about their own data,
/// sent whatever their marketing choice.
/// </summary>
public sealed class BusinessTransferNotice(PixyerOptions options, string operatorName)
{
    public const string Subject = "Your Pixyer data is moving to a new company";

    public EmailMessage For(BusinessTransfer transfer, string email, string username) =>
        new(
            email,
            Subject,
            $"""
             Hello {username},

             {Event(transfer.Kind)} From {transfer.EffectiveAt:yyyy-MM-dd HH:mm} UTC, the personal information you entrusted to
             Pixyer is held by a new company:

               {transfer.NewHolderName} ({transfer.NewHolderCountry})
               Contact: {transfer.NewHolderContact}

             {transfer.NewHolderName} is bound by the Pixyer privacy policy you accepted (undertaking: {transfer.BindingUndertaking}).
             It may use your information only as that policy says; for anything else it must ask for your explicit consent.
             {ChangedPurposes(transfer)}
             Your rights stay as they are: you can see, correct, export or delete your data and withdraw any consent at any
             time, from your account or by writing to us. If you do not want your data to move, you can delete your account:
             {BaseUrl}/login

             {operatorName}
             """);

    private string BaseUrl => options.PublicBaseUrl.TrimEnd('/');

    private static string Event(BusinessTransferKind kind) => kind switch
    {
        BusinessTransferKind.Merger => "Pixyer is merging with another company.",
        BusinessTransferKind.Acquisition => "Pixyer has been acquired by another company.",
        BusinessTransferKind.Bankruptcy => "Pixyer's business is being transferred in a bankruptcy liquidation.",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind of business transfer."),
    };

    /// <summary>What stops until the person agrees again, and how to agree; nothing when the new holder changes nothing.</summary>
    private string ChangedPurposes(BusinessTransfer transfer)
    {
        if (transfer.ChangedPurposes.Count == 0)
        {
            return "";
        }

        var purposes = string.Join(
            "\n",
            ConsentPurposes.All.Where(p => transfer.ChangedPurposes.Contains(p.Purpose)).Select(p => $"  - {p.Name}: {p.Description}"));
        return $"""

                The new company will do the following differently from how Pixyer did it. If you had agreed to any of them, that
                processing stops on {transfer.EffectiveAt:yyyy-MM-dd} and stays stopped until you agree again:
                {purposes}
                To agree again, switch the purpose back on in your account's privacy settings ({BaseUrl}/login).

                """;
    }
}
