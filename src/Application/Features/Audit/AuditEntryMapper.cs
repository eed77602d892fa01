using Pixyer.Domain.Auditing;
using Riok.Mapperly.Abstractions;

namespace Pixyer.Application.Features.Audit;

[Mapper(EnumMappingStrategy = EnumMappingStrategy.ByName)]
public static partial class AuditEntryMapper
{
    /// <summary>Translated to SQL by EF Core: only the listed columns are read.</summary>
    public static partial IQueryable<AuditEntryDto> ProjectToDto(this IQueryable<AuditEntry> entries);

    [MapPropertyFromSource(nameof(AuditEntryDto.Sequenced), Use = nameof(IsSequenced))]
    [MapperIgnoreSource(nameof(AuditEntry.Position))]
    private static partial AuditEntryDto ToDto(AuditEntry entry);

    [UserMapping(Default = false)]
    private static bool IsSequenced(AuditEntry entry) => entry.Sequence != null;

    private static Guid IdOf(AuditEntryId id) => id.Value;
}
