using Pixyer.Domain.Contacts;

namespace Pixyer.Application.Features.Contacts;

/// <summary>One imported contact as its importer reads it.</summary>
public sealed record ContactDto(Guid Id, string? Name, string? Email, string? Phone, DateTimeOffset ImportedAt)
{
    public static ContactDto From(ImportedContact contact) => new(contact.Id.Value, contact.Name, contact.Email, contact.Phone, contact.ImportedAt);
}
