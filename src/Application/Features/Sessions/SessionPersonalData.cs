using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Sessions;

namespace Pixyer.Application.Features.Sessions;

/// <summary>Login sessions (G1, K1): devices, times, revocations.</summary>
public sealed class SessionPersonalData(IAppDbContext db) : IPersonalDataSource
{
    public string Category => "sessions";

    public IReadOnlyList<string> Obligations => ["G1", "K1", "C9"];

    public IReadOnlyList<Type> EntityTypes => [typeof(Session)];

    public async Task ExportAsync(AccountId subject, IExportWriter writer, CancellationToken cancellationToken)
    {
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.AccountId == subject)
            .OrderBy(s => s.CreatedAt)
            .Select(s => new { s.Id, s.Device, s.CreatedAt, s.LastSeenAt, s.AbsoluteExpiresAt, s.RevokedAt })
            .ToListAsync(cancellationToken);
        await writer.WriteJsonAsync(Category, sessions, cancellationToken);
    }

    public Task EraseAsync(AccountId subject, CancellationToken cancellationToken) =>
        db.Sessions.Where(s => s.AccountId == subject).ExecuteDeleteAsync(cancellationToken);

    public async Task<IReadOnlyList<RemainingData>> FindRemainingAsync(AccountId subject, CancellationToken cancellationToken) =>
        Remaining.Of(Category, (nameof(Session), await db.Sessions.CountAsync(s => s.AccountId == subject, cancellationToken)));
}
