namespace Pixyer.Domain.Rights;

/// <summary>Who asked for an account's deletion.</summary>
public enum DeletionOrigin
{
    /// <summary>The account holder, with their password (G2).</summary>
    Holder = 0,

    /// <summary>Support staff, for a person who asked them (the assisted deletion of registration data, G5).</summary>
    Staff = 1,

    /// <summary>A verified guardian of a minor (A2).</summary>
    Guardian = 2,
}
