using Pixyer.Domain.Accounts;
using Pixyer.Domain.Common;

namespace Pixyer.Domain.LegalRequests;

/// <summary>One account a legal request's scope names; a row of its own so that a subject's requests can be found. Retained with its request.</summary>
[RetainedAfterErasure(LegalRequest.RetainedCategory, LegalRequest.RetainedReason)]
public sealed class LegalRequestSubject
{
    private LegalRequestSubject()
    {
    }

    public LegalRequestId LegalRequestId { get; private set; }

    public AccountId SubjectId { get; private set; }

    internal static LegalRequestSubject Of(LegalRequestId request, AccountId subject) => new() { LegalRequestId = request, SubjectId = subject };
}
