using Pixyer.Domain.Common;

namespace Pixyer.Domain.LegalRequests;

/// <summary>
/// The legal document an authority sent (a court order, a warrant), as uploaded: kept in a table rather than the
/// per-person file store, because it outlives the erasure of the people it names as the legal record of why their data
/// was disclosed (E1). Its SHA-256, type and size are on the request.
/// </summary>
[RetainedAfterErasure("legal-request-documents", "The authority's legal document a disclosure rested on (E1, GDPR 17(3)(b) and (e)).")]
public sealed class LegalRequestDocument
{
    private LegalRequestDocument()
    {
    }

    public LegalRequestId LegalRequestId { get; private set; }

    public byte[] Content { get; private set; } = [];

    public static LegalRequestDocument Of(LegalRequestId request, byte[] content) => new() { LegalRequestId = request, Content = content };
}
