using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using Pixyer.Domain.Backups;
using Pixyer.Domain.Rights;

namespace Pixyer.Application.Features.Backups;

/// <summary>
/// A registered backup; <c>ErasedSubjects</c> counts the subjects erased since it was taken, whom it still holds and
/// whom a restore erases again. <c>ReplayCompletedAt</c> is null after a restore until its replay has finished.
/// </summary>
public sealed record BackupDto(
    Guid Id,
    [property: MaxLength(Backup.LabelMaxLength)] string Label,

    DateTimeOffset TakenAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset RegisteredAt,
    DateTimeOffset? RestoredAt,
    DateTimeOffset? ReplayCompletedAt,
    int ErasedSubjects)
{
    public static Expression<Func<Backup, BackupDto>> Projection(IQueryable<ErasureLedgerEntry> ledger) => b => new BackupDto(
        b.Id.Value,
        b.Label,
        b.TakenAt,
        b.ExpiresAt,
        b.RegisteredAt,
        b.RestoredAt,
        b.ReplayCompletedAt,
        ledger.Where(e => e.ErasedAt > b.ReplayFrom).Select(e => e.SubjectId).Distinct().Count());

    public static BackupDto Of(Backup b, int erasedSubjects) =>
        new(b.Id.Value, b.Label, b.TakenAt, b.ExpiresAt, b.RegisteredAt, b.RestoredAt, b.ReplayCompletedAt, erasedSubjects);
}
