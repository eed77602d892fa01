namespace Pixyer.Domain.Common;

/// <summary>
/// Marks an entity whose rows outlive the erasure of the subject they name, because a law or the erasure itself
/// needs them (the audit of account operations, the erasure ledger, the deletion certificate). Such rows hold ids
/// only, never a value that identifies the person; erasure verification skips them and the certificate lists them
/// with <see cref="Reason"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RetainedAfterErasureAttribute(string category, string reason) : Attribute
{
    /// <summary>What is kept, as the certificate names it.</summary>
    public string Category { get; } = category;

    /// <summary>Why it is kept.</summary>
    public string Reason { get; } = reason;
}
