using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.LegalRequests;

namespace Pixyer.Application.Features.LegalRequests;

/// <summary>
/// The archives disclosed to authorities (E1) hold the subjects' own data: erasing any subject a request named deletes
/// that request's archive (the request keeps its SHA-256 and size as proof of what left). The subject's own export
/// lists the archives they were told of (which authority, when, the archive's SHA-256), never one a legal decision keeps
/// from them; their contents are the subject's own data, exported anyway. An authority cannot request this category
/// itself (no entry in <see cref="LegalRequestScope"/>).
/// </summary>
public sealed class LegalRequestExportsPersonalData(IAppDbContext db) : IPersonalDataSource
{
    public string Category => "legal-request-exports";

    public IReadOnlyList<string> Obligations => ["E1"];

    public IReadOnlyList<Type> EntityTypes => [typeof(LegalRequestExport)];

    public async Task ExportAsync(AccountId subject, IExportWriter writer, CancellationToken cancellationToken) =>
        await writer.WriteRecordsAsync(
            Category,
            await db.LegalRequests.AsNoTracking()
                .Where(r => r.NotifySubjects == true && r.Subjects.Any(s => s.SubjectId == subject)
                            && db.LegalRequestExports.Any(e => e.LegalRequestId == r.Id))
                .OrderBy(r => r.DecidedAt)
                .Select(r => new { LegalRequestId = r.Id, r.AuthorityName, r.AuthorityCountry, r.DecidedAt, r.ExportSha256, r.ExportLength })
                .ToListAsync(cancellationToken),
            cancellationToken);

    public Task EraseAsync(IReadOnlyCollection<AccountId> subjects, CancellationToken cancellationToken) =>
        Of(subjects).ExecuteDeleteAsync(cancellationToken);

    public async Task<IReadOnlyList<RemainingData>> FindRemainingAsync(AccountId subject, CancellationToken cancellationToken) =>
        Remaining.Of(Category, (nameof(LegalRequestExport), await Of([subject]).CountAsync(cancellationToken)));

    private IQueryable<LegalRequestExport> Of(IReadOnlyCollection<AccountId> subjects) =>
        db.LegalRequestExports.Where(e => db.LegalRequests.Any(r => r.Id == e.LegalRequestId && r.Subjects.Any(s => subjects.Contains(s.SubjectId))));
}
