using Pixyer.Domain.Accounts;
using Pixyer.Domain.Common;
using Pixyer.Domain.Disclosures;

namespace Pixyer.Domain.LegalRequests;

/// <summary>
/// A request from an authority for personal data (obligation E1): who asks (a registered recipient of category
/// authorities), on which legal basis and document, for which subjects and categories, and who reviews it. It is
/// decided once: approved (the scoped data is disclosed and each subject's disclosure recorded, the subject told or,
/// with a legal reason, not) or refused with a reason. It is the legal record of the disclosure and outlives the
/// erasure of the subjects it names: it holds their ids only, and texts about the request, not about them.
/// </summary>
[RetainedAfterErasure(RetainedCategory, RetainedReason)]
public sealed class LegalRequest
{
    public const string RetainedCategory = "legal-requests";
    public const string RetainedReason =
        "The record of a request from an authority, its scope and outcome, the legal basis of a disclosure (E1); ids and the request's own texts only.";

    public const int TextMaxLength = 2000;
    public const int ReferenceMaxLength = 200;
    public const int ReasonMaxLength = 1000;
    public const int CategoryMaxLength = 64;

    private readonly List<LegalRequestSubject> subjects = [];

    private LegalRequest()
    {
    }

    public LegalRequestId Id { get; private set; }

    /// <summary>The authority, as registered in the disclosure register; its name and country as they were when the request came.</summary>
    public RecipientId AuthorityId { get; private set; }

    public string AuthorityName { get; private set; } = "";

    public string AuthorityCountry { get; private set; } = "";

    /// <summary>The law or procedure the authority invokes.</summary>
    public string LegalBasisText { get; private set; } = "";

    /// <summary>The reference of the legal document (case or order number); without it the request cannot be approved.</summary>
    public string? DocumentReference { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public IReadOnlyList<LegalRequestSubject> Subjects => subjects;

    /// <summary>The export categories (personal-data sources) requested, e.g. <c>account</c>, <c>uploads</c>.</summary>
    public IReadOnlyList<string> Categories { get; private set; } = [];

    /// <summary>The staff member who reviews the request's legal validity.</summary>
    public AccountId ReviewerId { get; private set; }

    public AccountId RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public string? DocumentContentType { get; private set; }

    public long? DocumentLength { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the stored document, as uploaded.</summary>
    public string? DocumentSha256 { get; private set; }

    public DateTimeOffset? DocumentAttachedAt { get; private set; }

    public LegalRequestStatus Status { get; private set; }

    public AccountId? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? RefusalReason { get; private set; }

    /// <summary>On approval: whether the subjects are told of the disclosure.</summary>
    public bool? NotifySubjects { get; private set; }

    /// <summary>On approval without telling the subjects: the legal reason (e.g. a confidentiality order).</summary>
    public string? WithholdingReason { get; private set; }

    public long? ExportLength { get; private set; }

    public string? ExportSha256 { get; private set; }

    public bool IsDecided => Status != LegalRequestStatus.Received;

    public static LegalRequest Record(
        Recipient authority, string legalBasisText, string? documentReference, DateTimeOffset receivedAt, IEnumerable<AccountId> scopeSubjects,
        IEnumerable<string> categories, AccountId reviewer, AccountId recordedBy, DateTimeOffset now)
    {
        var request = new LegalRequest
        {
            Id = LegalRequestId.New(),
            AuthorityId = authority.Id,
            AuthorityName = authority.Name,
            AuthorityCountry = authority.Country,
            LegalBasisText = legalBasisText.Trim(),
            DocumentReference = string.IsNullOrWhiteSpace(documentReference) ? null : documentReference.Trim(),
            ReceivedAt = receivedAt,
            Categories = categories.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            ReviewerId = reviewer,
            RecordedBy = recordedBy,
            RecordedAt = now,
            Status = LegalRequestStatus.Received,
        };
        request.subjects.AddRange(scopeSubjects.Distinct().Select(s => LegalRequestSubject.Of(request.Id, s)));
        return request;
    }

    /// <summary>Records the uploaded document (replacing an earlier upload) and, when given, its reference; only before the decision.</summary>
    public void AttachDocument(string contentType, long length, string sha256, string? documentReference, DateTimeOffset now)
    {
        EnsureUndecided();
        DocumentContentType = contentType;
        DocumentLength = length;
        DocumentSha256 = sha256;
        DocumentAttachedAt = now;
        if (!string.IsNullOrWhiteSpace(documentReference))
        {
            DocumentReference = documentReference.Trim();
        }
    }

    /// <summary>Whether the request may be approved (checked before the export is built).</summary>
    public void EnsureApprovable()
    {
        EnsureUndecided();
        BusinessRules.Check(new LegalRequestApprovalRule(this));
    }

    public void Approve(AccountId decidedBy, bool notifySubjects, string? withholdingReason, long exportLength, string exportSha256, DateTimeOffset now)
    {
        EnsureApprovable();
        Status = LegalRequestStatus.Approved;
        DecidedBy = decidedBy;
        DecidedAt = now;
        NotifySubjects = notifySubjects;
        WithholdingReason = notifySubjects ? null : withholdingReason?.Trim();
        ExportLength = exportLength;
        ExportSha256 = exportSha256;
    }

    public void Refuse(AccountId decidedBy, string reason, DateTimeOffset now)
    {
        EnsureUndecided();
        Status = LegalRequestStatus.Refused;
        DecidedBy = decidedBy;
        DecidedAt = now;
        RefusalReason = reason.Trim();
    }

    private void EnsureUndecided()
    {
        if (IsDecided)
        {
            throw new InvalidOperationException("The legal request was already decided.");
        }
    }
}
