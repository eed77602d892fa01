namespace Pixyer.Application.Features.Contacts.ImportContacts;

/// <summary>What is kept of one contact of an imported file, and the line it starts on (for the errors that name it).</summary>
public sealed record ContactCard(int Line, string? Name, string? Email, string? Phone);
