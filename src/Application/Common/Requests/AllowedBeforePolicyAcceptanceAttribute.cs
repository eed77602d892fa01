namespace Pixyer.Application.Common.Requests;

/// <summary>
/// A command a person may still send after a significant policy change they have not accepted yet (obligation
/// V1): accepting it, logging out, withdrawing consent, exporting or deleting their data. Reading one's own
/// data is always allowed.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AllowedBeforePolicyAcceptanceAttribute : Attribute;
