using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Common.Consent;

/// <summary>Whose choice counts: the signed-in account, else the anonymous visitor of the cookie banner.</summary>
public readonly record struct ConsentSubject(AccountId? Account, Guid? Visitor)
{
    public bool IsKnown => Account is not null || Visitor is not null;
}
