namespace Pixyer.Domain.Rights;

/// <summary>How the person asking for a minor's data to be deleted says they are related to the minor.</summary>
public enum GuardianRelationship
{
    Parent = 0,
    LegalGuardian = 1,
    Other = 2,
}
