namespace Pixyer.Domain.Rights;

/// <summary>The rights a person (or a minor's guardian) can exercise; each request has a deadline.</summary>
public enum RightsRequestKind
{
    Export = 0,
    Deletion = 1,
    Correction = 2,
    Guardian = 3,
}
