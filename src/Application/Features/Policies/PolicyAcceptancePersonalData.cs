using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Policies;

namespace Pixyer.Application.Features.Policies;

/// <summary>Which policy versions the subject accepted, when and how (V1).</summary>
public sealed class PolicyAcceptancePersonalData(IAppDbContext db) : IPersonalDataSource
{
    public string Category => "policy-acceptances";

    public IReadOnlyList<string> Obligations => ["V1"];

    public IReadOnlyList<Type> EntityTypes => [typeof(PolicyAcceptance)];

    public async Task ExportAsync(AccountId subject, IExportWriter writer, CancellationToken cancellationToken)
    {
        var acceptances = await db.PolicyAcceptances.AsNoTracking()
            .Where(a => a.AccountId == subject)
            .OrderBy(a => a.Id)
            .Select(a => new { a.Version, Channel = a.Channel.ToString(), a.AcceptedAt })
            .ToListAsync(cancellationToken);
        await writer.WriteJsonAsync(Category, acceptances, cancellationToken);
    }

    public Task EraseAsync(AccountId subject, CancellationToken cancellationToken) =>
        db.PolicyAcceptances.Where(a => a.AccountId == subject).ExecuteDeleteAsync(cancellationToken);

    public async Task<IReadOnlyList<RemainingData>> FindRemainingAsync(AccountId subject, CancellationToken cancellationToken) =>
        Remaining.Of(Category, (nameof(PolicyAcceptance), await db.PolicyAcceptances.CountAsync(a => a.AccountId == subject, cancellationToken)));
}
