namespace Pixyer.Domain.Policies;

public enum PolicyAcceptanceChannel
{
    /// <summary>Accepted when the account was opened.</summary>
    Registration,

    /// <summary>Accepted by the person's own request (after a significant change).</summary>
    Explicit,

    /// <summary>A minor change, taken as accepted by continued use at the next login.</summary>
    ContinuedUse,
}
