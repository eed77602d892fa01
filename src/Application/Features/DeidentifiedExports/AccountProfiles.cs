using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Billing;

namespace Pixyer.Application.Features.DeidentifiedExports;

/// <summary>
/// What a de-identified dataset is made from, one account at a time: the verified accounts that are active or
/// inactive (never closed, erased or anonymized ones, nor registrations never verified), with their date of birth,
/// sign-up time, the country of their newest access-log entry, the plan of their live subscription, and how many
/// uploads and generation jobs they have. Read in one query, streamed.
/// </summary>
public sealed record AccountProfile(
    AccountId Id, DateOnly DateOfBirth, DateTimeOffset CreatedAt, string? Country, string? Plan, int Uploads, int Generations);

public static class AccountProfiles
{
    public static IAsyncEnumerable<AccountProfile> StreamAccountProfiles(this IAppDbContext db) =>
        db.Accounts.AsNoTracking()
            .Where(a => (a.Status == AccountStatus.Active || a.Status == AccountStatus.Inactive) && a.EmailVerifiedAt != null)
            .Select(a => new AccountProfile(
                a.Id,
                a.DateOfBirth,
                a.CreatedAt,
                db.AccessLog.Where(e => e.SubjectId == a.Id).OrderByDescending(e => e.OccurredAt).Select(e => e.Country).FirstOrDefault(),
                db.Subscriptions
                    .Where(s => s.OwnerId == a.Id && s.Status != SubscriptionStatus.Canceled)
                    .Join(db.Plans, s => s.PlanId, p => p.Id, (s, p) => p.Code)
                    .FirstOrDefault(),
                db.Uploads.Count(u => u.OwnerId == a.Id),
                db.GenerationJobs.Count(j => j.OwnerId == a.Id)))
            .AsAsyncEnumerable();
}
