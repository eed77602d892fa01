using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Pixyer.Api.IntegrationTests.Infrastructure;

namespace Pixyer.Api.IntegrationTests.Features.Audit;

/// <summary>Checkpoints leave the database: a file of their own beside it, witnesses, and a public key anyone can check them with.</summary>
[Trait("Obligation", "P1")]
public sealed class AuditCheckpointTests(PixyerApiFactory app) : ApiTest(app)
{
    [Fact]
    public async Task Sequencer_ShouldAppendEverySignedCheckpointToTheFileOutsideTheDatabase()
    {
        await SignUpAdminAsync();
        await AuditLog.SequenceAsync(App.Services);
        await AuditLog.AppendAsync(App.Services, 5, App.Clock);
        await AuditLog.SequenceAsync(App.Services);

        var inDatabase = await WithDatabaseAsync(db => db.AuditCheckpoints.OrderBy(c => c.TreeSize).ToListAsync());
        var lines = CheckpointLines(App.DataDirectory);

        Assert.Equal(2, inDatabase.Count);
        Assert.Equal(inDatabase.Select(c => c.Statement.Text), lines.Select(l => l.GetProperty("text").GetString()));
        Assert.Equal(inDatabase.Select(c => Convert.ToBase64String(c.Signature)), lines.Select(l => l.GetProperty("signature").GetString()));
    }

    [Fact]
    public async Task CheckpointFile_WhenItReachesItsSize_ShouldBeClosedAndANewOneBegunWithEveryCheckpointStillChecked()
    {
        var admin = await SignUpAdminAsync();
        await using var node = App.WithSettings(new() { ["Pixyer:Audit:CheckpointFileMaxBytes"] = "700" });
        for (var batch = 0; batch < 4; batch++)
        {
            await AuditLog.AppendAsync(node.Services, 2, App.Clock);
            await AuditLog.SequenceAsync(node.Services);
        }

        var report = await AuditLog.VerifyAsync(admin.Client);

        Assert.True(Directory.GetFiles(AuditLog.CheckpointFolder(App.DataDirectory), "checkpoints*.jsonl").Length >= 2);
        Assert.True(report.GetProperty("valid").GetBoolean(), AuditLog.Describe(report));
        Assert.Equal(4, report.GetProperty("outsideCheckpoints").GetInt32());
    }

    [Fact]
    public async Task ListCheckpoints_ShouldListThemNewestFirstToPrivacyStaffOnly()
    {
        var admin = await SignUpAdminAsync();
        var customer = await SignUpAsync();
        await AuditLog.SequenceAsync(App.Services);
        await AuditLog.AppendAsync(App.Services, 3, App.Clock);
        await AuditLog.SequenceAsync(App.Services);

        var page = await admin.Client.GetFromJsonAsync<JsonElement>("/api/v1/admin/audit/checkpoints?pageSize=10");

        var sizes = page.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("treeSize").GetInt64()).ToList();
        Assert.Equal(2, page.GetProperty("total").GetInt32());
        Assert.Equal(sizes.OrderDescending(), sizes);
        await Expect.ProblemAsync(await customer.Client.GetAsync("/api/v1/admin/audit/checkpoints"), HttpStatusCode.Forbidden, "forbidden");
        await Expect.ProblemAsync(await Client.GetAsync("/api/v1/admin/audit/checkpoints"), HttpStatusCode.Unauthorized, "unauthenticated");
        await Expect.ProblemAsync(await admin.Client.GetAsync("/api/v1/admin/audit/checkpoints?pageSize=1000"), HttpStatusCode.BadRequest, "validation");
    }

    [Fact]
    public async Task AuditKey_ShouldBeServedToAnyoneAndBeTheKeyThatSignsTheCheckpoints()
    {
        var admin = await SignUpAdminAsync();
        await AuditLog.SequenceAsync(App.Services);

        var key = await Client.GetFromJsonAsync<JsonElement>("/api/v1/privacy/audit-key");
        var checkpoint = (await admin.Client.GetFromJsonAsync<JsonElement>("/api/v1/admin/audit/checkpoints")).GetProperty("items")[0];

        using var publicKey = ECDsa.Create();
        publicKey.ImportFromPem(key.GetProperty("publicKeyPem").GetString());
        Assert.Equal("ECDSA-P256-SHA256", key.GetProperty("algorithm").GetString());
        Assert.Equal(
            Convert.ToHexStringLower(SHA256.HashData(publicKey.ExportSubjectPublicKeyInfo()))[..16],
            key.GetProperty("keyId").GetString());
        Assert.Equal(key.GetProperty("keyId").GetString(), checkpoint.GetProperty("keyId").GetString());
        Assert.True(publicKey.VerifyData(
            Encoding.UTF8.GetBytes(checkpoint.GetProperty("text").GetString()!),
            Convert.FromBase64String(checkpoint.GetProperty("signature").GetString()!),
            HashAlgorithmName.SHA256,
            DSASignatureFormat.Rfc3279DerSequence));
    }

    [Fact]
    public async Task Startup_ShouldPrintThePublicKeyThatSignsTheCheckpoints()
    {
        var logs = new CapturingLoggerProvider();
        await using var node = App.WithSettings(new() { ["Logging:LogLevel:Pixyer.Infrastructure.Auditing"] = "Information" })
            .WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));

        _ = node.Server;
        var key = await Client.GetFromJsonAsync<JsonElement>("/api/v1/privacy/audit-key");

        Assert.Contains(logs.Messages, m => m.Contains(key.GetProperty("keyId").GetString()!, StringComparison.Ordinal)
                                            && m.Contains(key.GetProperty("publicKeyPem").GetString()!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Witnesses_ShouldGetTheNewestCheckpointByHttpAndMailOncePerInterval()
    {
        await using var witness = await FakeWitness.StartAsync();
        await using var node = App.WithSettings(new()
        {
            ["Pixyer:Audit:Witnesses:Urls:0"] = witness.Url,
            ["Pixyer:Audit:Witnesses:MailTo:0"] = "dpo@pixyer.test",
            ["Pixyer:Audit:Witnesses:Interval"] = "01:00:00",
        });
        var mailbox = new Mailbox(node.Services, Path.Combine(App.DataDirectory, "mail"));
        await AuditLog.AppendAsync(node.Services, 2, App.Clock);
        await AuditLog.SequenceAsync(node.Services);
        await AuditLog.AppendAsync(node.Services, 2, App.Clock);
        await AuditLog.SequenceAsync(node.Services);
        await mailbox.DeliverAsync();
        var firstWitnessed = witness.Received.ToList();

        App.Clock.Advance(TimeSpan.FromHours(1));
        await AuditLog.AppendAsync(node.Services, 2, App.Clock);
        await AuditLog.SequenceAsync(node.Services);
        await mailbox.DeliverAsync();

        var checkpoints = await WithDatabaseAsync(db => db.AuditCheckpoints.OrderBy(c => c.TreeSize).ToListAsync());
        var sent = Assert.Single(firstWitnessed);
        Assert.Equal(checkpoints[0].Statement.Text, sent.GetProperty("text").GetString());
        Assert.Equal(Convert.ToBase64String(checkpoints[0].Signature), sent.GetProperty("signature").GetString());
        Assert.Equal([checkpoints[0].Statement.Text, checkpoints[2].Statement.Text], witness.Received.Select(r => r.GetProperty("text").GetString()));
        Assert.Equal([true, false, true], checkpoints.Select(c => c.WitnessedAt is not null));
        var mails = mailbox.To("dpo@pixyer.test");
        Assert.Equal(2, mails.Count);
        Assert.Contains(checkpoints[2].Statement.Text, mails[^1].TextBody, StringComparison.Ordinal);
    }

    private static List<JsonElement> CheckpointLines(string dataDirectory) =>
        File.ReadAllLines(Path.Combine(AuditLog.CheckpointFolder(dataDirectory), "checkpoints.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .ToList();
}
