namespace Pixyer.Application.Common.PersonalData;

/// <summary>Rows of one entity that still link to a subject, and why (e.g. retained by law).</summary>
public sealed record RemainingData(string Category, string Entity, int Count);
