using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pixyer.Api.IntegrationTests.Features.Audit.IndependentVerifier;
using Pixyer.Api.IntegrationTests.Infrastructure;

namespace Pixyer.Api.IntegrationTests.Features.Audit;

/// <summary>
/// The proofs the API serves, checked by the independent verifier (written from docs/audit-log.md and RFC 9162, given
/// only the public key from <c>GET /privacy/audit-key</c> and the proofs' JSON), over a log long enough that stored
/// subtrees of 256 leaves take part.
/// </summary>
[Trait("Obligation", "P1")]
public sealed class AuditProofTests(PixyerApiFactory app) : ApiTest(app)
{
    [Fact]
    public async Task InclusionProofs_OfEntriesAcrossTheLog_ShouldVerifyWithThePublicKeyAlone()
    {
        var (admin, sizes) = await LogInBatchesAsync(150, 300, 77);
        var verifier = await VerifierAsync();
        var latest = sizes[^1];

        foreach (var (sequence, treeSize) in new (long, long?)[] { (1, null), (257, null), (latest, null), (sizes[1], sizes[1]), (2, sizes[0]) })
        {
            var proof = await admin.Client.GetFromJsonAsync<JsonElement>(
                $"/api/v1/admin/audit/entries/{sequence}/proof" + (treeSize is { } t ? $"?treeSize={t}" : ""));

            var result = verifier.VerifyInclusionResponse(proof);

            Assert.True(result.Verified, $"entry {sequence} in {treeSize?.ToString() ?? "the latest"}: {result.Reason}");
            Assert.Equal(treeSize ?? latest, result.Checkpoints[0].TreeSize);
        }
    }

    [Fact]
    public async Task ConsistencyProofs_BetweenEveryPairOfCheckpoints_ShouldVerifyWithThePublicKeyAlone()
    {
        var (admin, sizes) = await LogInBatchesAsync(150, 300, 77);
        var verifier = await VerifierAsync();

        foreach (var from in sizes)
        {
            foreach (var to in sizes.Where(s => s >= from))
            {
                var proof = await admin.Client.GetFromJsonAsync<JsonElement>($"/api/v1/admin/audit/consistency?from={from}&to={to}");

                var result = verifier.VerifyConsistencyResponse(proof);

                Assert.True(result.Verified, $"{from} -> {to}: {result.Reason}");
            }
        }

        var toLatest = await admin.Client.GetFromJsonAsync<JsonElement>($"/api/v1/admin/audit/consistency?from={sizes[0]}");
        Assert.Equal(sizes[^1], toLatest.GetProperty("toTreeSize").GetInt64());
        Assert.True(verifier.VerifyConsistencyResponse(toLatest).Verified);
    }

    [Fact]
    public async Task Proofs_WhenTheStoredLogNoLongerGivesTheCheckpoint_ShouldBeRefusedRatherThanServedWrong()
    {
        var (admin, _) = await LogInBatchesAsync(20);

        await WithDatabaseAsync(db => db.AuditEntries.Where(e => e.Sequence == 5).ExecuteUpdateAsync(s => s.SetProperty(e => e.LeafHash, new byte[32])));

        await Expect.ProblemAsync(await admin.Client.GetAsync("/api/v1/admin/audit/entries/3/proof"), HttpStatusCode.Conflict, "audit-log-inconsistent");
        await Expect.ProblemAsync(await admin.Client.GetAsync("/api/v1/admin/audit/consistency?from=1"), HttpStatusCode.Conflict, "audit-log-inconsistent");
    }

    [Fact]
    public async Task Proofs_WhenAskedForWhatIsNotThere_ShouldAnswerClearProblems()
    {
        var (admin, sizes) = await LogInBatchesAsync(10, 10);
        var customer = await SignUpAsync();

        await Expect.ProblemAsync(await admin.Client.GetAsync($"/api/v1/admin/audit/entries/{sizes[^1] + 100}/proof"), HttpStatusCode.NotFound, "not-found");
        await Expect.ProblemAsync(await admin.Client.GetAsync($"/api/v1/admin/audit/entries/1/proof?treeSize={sizes[0] + 1}"), HttpStatusCode.NotFound, "not-found");
        await Expect.ProblemAsync(await admin.Client.GetAsync($"/api/v1/admin/audit/consistency?from={sizes[0] + 1}"), HttpStatusCode.NotFound, "not-found");
        await Expect.ProblemAsync(await admin.Client.GetAsync("/api/v1/admin/audit/entries/0/proof"), HttpStatusCode.BadRequest, "validation");
        await Expect.ProblemAsync(await admin.Client.GetAsync($"/api/v1/admin/audit/entries/{sizes[^1]}/proof?treeSize={sizes[0]}"), HttpStatusCode.BadRequest, "validation");
        await Expect.ProblemAsync(await admin.Client.GetAsync($"/api/v1/admin/audit/consistency?from={sizes[1]}&to={sizes[0]}"), HttpStatusCode.BadRequest, "validation");
        await Expect.ProblemAsync(await customer.Client.GetAsync("/api/v1/admin/audit/entries/1/proof"), HttpStatusCode.Forbidden, "forbidden");
        await Expect.ProblemAsync(await Client.GetAsync("/api/v1/admin/audit/consistency?from=1"), HttpStatusCode.Unauthorized, "unauthenticated");
    }

    private async Task<IndependentAuditVerifier> VerifierAsync() =>
        IndependentAuditVerifier.FromAuditKeyResponse(await Client.GetFromJsonAsync<JsonElement>("/api/v1/privacy/audit-key"));

    /// <summary>An admin, then batches of entries of the given sizes, each sequenced into a checkpoint of its own; the checkpoints' tree sizes.</summary>
    private async Task<(SignedIn Admin, List<long> Sizes)> LogInBatchesAsync(params int[] batches)
    {
        var admin = await SignUpAdminAsync();
        foreach (var batch in batches)
        {
            await AuditLog.AppendAsync(App.Services, batch, App.Clock);
            await AuditLog.SequenceAsync(App.Services);
        }

        var sizes = await WithDatabaseAsync(db => db.AuditCheckpoints.OrderBy(c => c.TreeSize).Select(c => c.TreeSize).ToListAsync());
        return (admin, sizes);
    }
}
