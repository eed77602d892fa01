using System.ComponentModel.DataAnnotations;
using Pixyer.Domain.Contacts;

namespace Pixyer.Application.Features.Contacts;

/// <summary>One imported contact as its importer reads it.</summary>
public sealed record ContactDto(
    Guid Id,
    [property: MaxLength(ImportedContact.NameMaxLength)] string? Name,
    [property: MaxLength(ImportedContact.EmailMaxLength)] string? Email,
    [property: MaxLength(ImportedContact.PhoneMaxLength)] string? Phone,
    DateTimeOffset ImportedAt)

{
    public static ContactDto From(ImportedContact contact) => new(contact.Id.Value, contact.Name, contact.Email, contact.Phone, contact.ImportedAt);
}
