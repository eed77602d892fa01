using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Generation;

namespace Pixyer.Application.Features.Generations;

/// <summary>The generations a person asked for (C3, U2), with the headline they wanted drawn.</summary>
public sealed class GenerationJobsPersonalData(IAppDbContext db) : SubjectRowsSource<GenerationJob>
{
    public override string Category => "generation-jobs";

    public override IReadOnlyList<string> Obligations => ["C3", "U2"];

    protected override IQueryable<GenerationJob> RowsOf(IReadOnlyCollection<AccountId> subjects) => db.GenerationJobs.Where(j => subjects.Contains(j.OwnerId));

    protected override IQueryable<object> Exported(IQueryable<GenerationJob> rows) =>
        rows.OrderBy(j => j.CreatedAt)
            .Select(j => new { j.Id, j.UploadId, j.Template, Formats = string.Join(',', j.Formats), j.Headline, Status = j.Status.ToString(), j.Progress, j.FailureReason, j.CreatedAt, j.CompletedAt });
}
