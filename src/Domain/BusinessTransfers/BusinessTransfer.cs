using Pixyer.Domain.Accounts;
using Pixyer.Domain.Consents;
using Pixyer.Domain.Disclosures;

namespace Pixyer.Domain.BusinessTransfers;

/// <summary>
/// A transfer of control of personal information after a merger, acquisition or bankruptcy (obligation T1): who the new
/// holder is, the document that binds it to this privacy policy, when it takes effect, and the accounts it moves, as the
/// rule that selected them and the set it selected then. Every affected subject is told by mail; the consent purposes the
/// new holder processes differently (<see cref="ChangedPurposes"/>) are suspended at <see cref="EffectiveAt"/> until the
/// person grants them again. The new holder's details are a company's, never a subject's.
/// </summary>
public sealed class BusinessTransfer
{
    public const int NameMaxLength = 200;
    public const int ContactMaxLength = 320;
    public const int UndertakingMaxLength = 500;

    private readonly List<BusinessTransferSubject> subjects = [];

    private BusinessTransfer()
    {
    }

    public BusinessTransferId Id { get; private set; }

    public BusinessTransferKind Kind { get; private set; }

    /// <summary>The registered recipient the new holder is (category new holders).</summary>
    public RecipientId NewHolderId { get; private set; }

    public string NewHolderName { get; private set; } = "";

    /// <summary>Where the new holder takes questions: an address, a phone number or a web page of the company.</summary>
    public string NewHolderContact { get; private set; } = "";

    /// <summary>ISO 3166-1 alpha-2 code of the new holder's jurisdiction.</summary>
    public string NewHolderCountry { get; private set; } = "";

    /// <summary>The reference of the document by which the new holder is bound by this privacy policy.</summary>
    public string BindingUndertaking { get; private set; } = "";

    public DateTimeOffset EffectiveAt { get; private set; }

    /// <summary>The rule that selected the affected accounts, as the API spelled it.</summary>
    public string Selector { get; private set; } = "";

    public int AffectedCount { get; private set; }

    public IReadOnlyList<ConsentPurpose> ChangedPurposes { get; private set; } = [];

    public AccountId DeclaredBy { get; private set; }

    public DateTimeOffset DeclaredAt { get; private set; }

    public IReadOnlyList<BusinessTransferSubject> Subjects => subjects;

    public static BusinessTransfer Declare(
        BusinessTransferKind kind,
        Recipient newHolder,
        string contact,
        string bindingUndertaking,
        DateTimeOffset effectiveAt,
        string selector,
        IReadOnlyCollection<AccountId> affected,
        IEnumerable<ConsentPurpose> changedPurposes,
        AccountId declaredBy,
        DateTimeOffset now)
    {
        var transfer = new BusinessTransfer
        {
            Id = BusinessTransferId.New(),
            Kind = kind,
            NewHolderId = newHolder.Id,
            NewHolderName = newHolder.Name,
            NewHolderContact = contact.Trim(),
            NewHolderCountry = newHolder.Country,
            BindingUndertaking = bindingUndertaking.Trim(),
            EffectiveAt = effectiveAt,
            Selector = selector,
            AffectedCount = affected.Count,
            ChangedPurposes = changedPurposes.Distinct().Order().ToList(),
            DeclaredBy = declaredBy,
            DeclaredAt = now,
        };
        transfer.subjects.AddRange(affected.Select(subject => BusinessTransferSubject.Of(transfer.Id, subject)));
        return transfer;
    }

    /// <summary>
    /// Whether a grant of a changed purpose made at <paramref name="grantedAt"/> is suspended when the transfer takes effect:
    /// one made up to the later of the effective date and the declaration (from which the person is told) was given for
    /// the old holder's processing; a later one was given knowing of the new holder's, and stands.
    /// </summary>
    public bool Suspends(DateTimeOffset grantedAt) => grantedAt <= (EffectiveAt > DeclaredAt ? EffectiveAt : DeclaredAt);
}
