using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.ModelFeedback;

namespace Pixyer.Application.Features.ModelFeedback;

/// <summary>Ratings and comments given for model improvement (U3).</summary>
public sealed class ModelFeedbackPersonalData(IAppDbContext db) : IPersonalDataSource
{
    public string Category => "model-feedback";

    public IReadOnlyList<string> Obligations => ["U3"];

    public IReadOnlyList<Type> EntityTypes => [typeof(ModelFeedbackEntry)];

    public async Task ExportAsync(AccountId subject, IExportWriter writer, CancellationToken cancellationToken)
    {
        var entries = await db.ModelFeedback.AsNoTracking()
            .Where(f => f.SubjectId == subject)
            .OrderBy(f => f.SubmittedAt)
            .Select(f => new { f.Id, f.Rating, f.Comment, f.SubmittedAt })
            .ToListAsync(cancellationToken);
        await writer.WriteJsonAsync(Category, entries, cancellationToken);
    }

    public Task EraseAsync(AccountId subject, CancellationToken cancellationToken) =>
        db.ModelFeedback.Where(f => f.SubjectId == subject).ExecuteDeleteAsync(cancellationToken);

    public async Task<IReadOnlyList<RemainingData>> FindRemainingAsync(AccountId subject, CancellationToken cancellationToken) =>
        Remaining.Of(Category, (nameof(ModelFeedbackEntry), await db.ModelFeedback.CountAsync(f => f.SubjectId == subject, cancellationToken)));
}
