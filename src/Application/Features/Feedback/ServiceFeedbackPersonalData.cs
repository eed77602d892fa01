using Pixyer.Application.Common;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Feedback;

namespace Pixyer.Application.Features.Feedback;

/// <summary>The feedback a person gave on Pixyer's services (C5): exported, and erased with the account.</summary>
public sealed class ServiceFeedbackPersonalData(IAppDbContext db) : SubjectRowsSource<ServiceFeedback>
{
    public override string Category => "feedback";

    public override IReadOnlyList<string> Obligations => ["C5"];

    protected override IQueryable<ServiceFeedback> RowsOf(IReadOnlyCollection<AccountId> subjects) => db.ServiceFeedback.Where(f => subjects.Contains(f.AuthorId));

    protected override IQueryable<object> Exported(IQueryable<ServiceFeedback> rows) =>
        rows.OrderBy(f => f.GivenAt).Select(f => new { f.Id, Service = WireNames.Of(f.Service), f.Reference, f.Rating, f.Text, f.GivenAt });
}
