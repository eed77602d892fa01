using Pixyer.Domain.Common;

namespace Pixyer.Domain.LegalRequests;

/// <summary>Disclosure only against a valid legal document (E1): no approval without its reference and the document itself.</summary>
public sealed class LegalRequestApprovalRule(LegalRequest request) : IBusinessRule
{
    public string ProblemType => "legal-document-missing";

    public string Message =>
        "A legal request can be approved only with the reference of the authority's legal document and the document itself; "
        + "record the reference and upload the document first.";

    public bool IsBroken() => string.IsNullOrWhiteSpace(request.DocumentReference) || request.DocumentSha256 is null;
}
