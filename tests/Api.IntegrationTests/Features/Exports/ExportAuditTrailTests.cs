using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pixyer.Api.IntegrationTests.Infrastructure;

namespace Pixyer.Api.IntegrationTests.Features.Exports;

/// <summary>Obligations G3, P1: the person sees what was done on their account and when, and nothing of anyone else.</summary>
public sealed class ExportAuditTrailTests(PixyerApiFactory app) : ExportTest(app)
{
    private const string AuditTrail = "data/audit-trail.json";

    [Fact]
    [Trait("Obligation", "G3")]
    [Trait("Obligation", "P1")]
    public async Task Export_ShouldHoldThePersonsOwnAuditTrail_WithTimeRequestOutcomeAndActorKind_AndNothingOfAnother()
    {
        var admin = await SignUpAdminAsync();
        var me = await SignUpAsync();
        var other = await SignUpAsync();
        await ActAsync(me);
        await ActAsync(other);
        await Expect.StatusAsync(await me.Client.PutAsJsonAsync("/api/v1/me/consents/no_such_purpose", new { granted = true }), HttpStatusCode.NotFound);
        await Expect.StatusAsync(
            await admin.Client.PostAsJsonAsync("/api/v1/admin/rights-requests", new { subjectId = me.User.Id, note = "Wrong date of birth" }), HttpStatusCode.Created);
        await Expect.StatusAsync(
            await admin.Client.PostAsJsonAsync("/api/v1/admin/rights-requests", new { subjectId = other.User.Id, note = "Wrong name" }), HttpStatusCode.Created);

        var entries = await ExportAndDownloadAsync(me);

        var exported = JsonDocument.Parse(entries[AuditTrail]).RootElement.EnumerateArray().ToList();
        var recorded = await WithDatabaseAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.SubjectId == me.User.Id)
            .OrderBy(e => e.Position)
            .Select(e => new { e.OccurredAt, e.RequestName, e.Outcome, e.ProblemType })
            .ToListAsync());
        Assert.InRange(exported.Count, 1, recorded.Count);
        Assert.All(exported, e => Assert.Equal(
            ["occurredAt", "request", "outcome", "problemType", "actor"], e.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(
            recorded.Take(exported.Count).Select(e => (e.OccurredAt, e.RequestName, e.Outcome.ToString(), e.ProblemType)),
            exported.Select(e => (
                e.GetProperty("occurredAt").GetDateTimeOffset(),
                e.GetProperty("request").GetString()!,
                e.GetProperty("outcome").GetString()!,
                e.GetProperty("problemType").GetString())));
        var done = exported.Select(e => (e.GetProperty("request").GetString(), e.GetProperty("outcome").GetString(), e.GetProperty("actor").GetString())).ToList();
        Assert.Equal(2, done.Count(d => d == ("SetMyConsentCommand", "Succeeded", "self")));
        Assert.Contains(("SetMyConsentCommand", "Refused", "self"), done);
        Assert.Contains(("CorrectMyProfileCommand", "Succeeded", "self"), done);
        Assert.Contains(("LogCorrectionRequestCommand", "Succeeded", "staff"), done);
        Assert.Contains(("ClaimExportCommand", "Succeeded", "system"), done);

        var text = Encoding.UTF8.GetString(entries[AuditTrail]);
        foreach (var someoneElse in new[] { other.User, admin.User })
        {
            Assert.DoesNotContain(someoneElse.Id.ToString(), text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(someoneElse.Email, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(someoneElse.Username, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>Grants and withdraws a consent and corrects the profile: three audited commands.</summary>
    private static async Task ActAsync(SignedIn user)
    {
        await Expect.StatusAsync(await user.Client.PutAsJsonAsync("/api/v1/me/consents/marketing_email", new { granted = true }), HttpStatusCode.OK);
        await Expect.StatusAsync(await user.Client.PutAsJsonAsync("/api/v1/me/consents/marketing_email", new { granted = false }), HttpStatusCode.OK);
        await Expect.StatusAsync(await user.Client.PatchAsJsonAsync("/api/v1/me", new { username = Unique("renamed") }), HttpStatusCode.OK);
    }
}
