using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Pixyer.Api.IntegrationTests.Features.Privacy;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.Privacy.GetControllerFacts;
using Pixyer.Application.Features.Privacy.ListRecipientCategories;
using Pixyer.Application.Features.Recipients;
using Pixyer.Domain.Auditing;
using Pixyer.Domain.Disclosures;

namespace Pixyer.Api.IntegrationTests.Features.Disclosures;

public sealed class RecipientsTests(PixyerApiFactory app) : ApiTest(app)
{
    [Fact]
    [Trait("Obligation", "S2")]
    [Trait("Obligation", "X1")]
    public async Task Register_ShouldListTheRecipientUnderItsCategoryWithTheTransferMechanismOnlyOutsideTheStorageRegion()
    {
        var admin = await SignUpAdminAsync();

        var cloud = await admin.Client.RegisterRecipientAsync("cn-cloud", "cloud_storage", "cn", name: "Guangzhou Cloud Co.");
        var models = await admin.Client.RegisterImageProviderAsync("acme-image-models");
        var published = await Client.GetOkAsync<RecipientCategoryList>(PrivacyRequests.Recipients);
        var facts = await Client.GetOkAsync<ControllerFacts>(PrivacyRequests.Controller);

        Assert.Equal(("CN", false, "cloud_storage", true), (cloud.Country, cloud.CrossBorder, cloud.Category, cloud.Active));
        Assert.Equal(("US", true, Recipients.StandardClauses), (models.Country, models.CrossBorder, models.TransferMechanism));
        var categories = published.Items.ToDictionary(c => c.Name, c => c.Recipients);
        Assert.Equal([new RecipientSummary("Guangzhou Cloud Co.", "CN", new DateOnly(2026, 1, 15), null)], categories["cloud_storage"]);
        Assert.Equal(
            [new RecipientSummary("Acme Image Models Inc.", "US", new DateOnly(2026, 1, 15), Recipients.StandardClauses)],
            categories["large_model_providers"]);
        Assert.Empty(categories["business_needs"]);
        Assert.Equal(("China", "CN"), (facts.StorageRegion, facts.StorageCountryCode));
    }

    [Fact]
    [Trait("Obligation", "S2")]
    public async Task Register_WhenTheCategoryAlreadyNamesItsMostActiveRecipients_ShouldAnswer422AndStoreNothing()
    {
        var admin = await SignUpAdminAsync();
        for (var i = 0; i < Recipient.MaxActivePerCategory; i++)
        {
            await admin.Client.RegisterRecipientAsync($"cloud-{i}", "cloud_storage");
        }

        var refused = await admin.Client.PostAsJsonAsync(Recipients.Path, Recipients.Body("cloud-one-more", "cloud_storage"));
        var published = await Client.GetOkAsync<RecipientCategoryList>(PrivacyRequests.Recipients);

        await Expect.ProblemAsync(refused, HttpStatusCode.UnprocessableEntity, "recipient-category-full");
        Assert.Equal(Recipient.MaxActivePerCategory, published.Items.Single(c => c.Name == "cloud_storage").Recipients.Count);
    }

    [Fact]
    [Trait("Obligation", "X1")]
    public async Task Register_WhenOutsideTheStorageRegionWithoutTransferMechanism_ShouldAnswer400AndRegisterNothing()
    {
        var admin = await SignUpAdminAsync();

        var response = await admin.Client.PostAsJsonAsync(Recipients.Path, Recipients.Body("us-models", "large_model_providers", "US"));

        var problem = await Expect.ProblemAsync(response, HttpStatusCode.BadRequest, "validation");
        Assert.Contains("cross-border", problem.GetProperty("errors").GetProperty("transferMechanism")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await admin.Client.GetFromJsonAsync<Paged<RecipientDto>>(Recipients.Path))!.Total);
    }

    [Fact]
    [Trait("Obligation", "S2")]
    public async Task Register_WhenDetailsAreWrong_ShouldAnswer400NamingEachField()
    {
        var admin = await SignUpAdminAsync();

        var response = await admin.Client.PostAsJsonAsync(
            Recipients.Path,
            new { key = "Bad Key", name = "", category = "friends", country = "China", securityAssessedOn = "2999-01-01" });

        var errors = (await Expect.ProblemAsync(response, HttpStatusCode.BadRequest, "validation")).GetProperty("errors");
        Assert.Equal(
            ["category", "country", "key", "name", "securityAssessedOn"],
            errors.EnumerateObject().Select(e => e.Name).Order());
    }

    [Fact]
    [Trait("Obligation", "S2")]
    public async Task Register_WhenKeyIsTaken_ShouldAnswer409()
    {
        var admin = await SignUpAdminAsync();
        await admin.Client.RegisterRecipientAsync("mailer", "marketing_and_email_platforms");

        var again = await admin.Client.PostAsJsonAsync(Recipients.Path, Recipients.Body("mailer", "cloud_storage"));

        await Expect.ProblemAsync(again, HttpStatusCode.Conflict, "conflict");
    }

    [Fact]
    [Trait("Obligation", "S2")]
    [Trait("Obligation", "X1")]
    public async Task ReviseThenRetire_ShouldUpdateTheRecipientThenHideItFromThePublicListButKeepIt()
    {
        var admin = await SignUpAdminAsync();
        var recipient = await admin.Client.RegisterRecipientAsync("render-farm", "cloud_rendering");

        var revised = await admin.Client.PutAsJsonAsync(
            $"{Recipients.Path}/{recipient.Id}",
            new { name = "Render Farm SG", category = "cloud_rendering", country = "SG", securityAssessedOn = "2026-03-01", transferMechanism = "Certification" });
        var retired = await admin.Client.DeleteAsync($"{Recipients.Path}/{recipient.Id}");
        var published = await Client.GetOkAsync<RecipientCategoryList>(PrivacyRequests.Recipients);
        var kept = await admin.Client.GetFromJsonAsync<RecipientDto>($"{Recipients.Path}/{recipient.Id}");
        var reviseRetired = await admin.Client.PutAsJsonAsync(
            $"{Recipients.Path}/{recipient.Id}", new { name = "X", category = "cloud_rendering", country = "CN", securityAssessedOn = "2026-03-01" });

        await Expect.StatusAsync(revised, HttpStatusCode.OK);
        Assert.Equal(
            ("render-farm", "Render Farm SG", "SG", new DateOnly(2026, 3, 1), "Certification", true),
            (kept!.Key, kept.Name, kept.Country, kept.SecurityAssessedOn, kept.TransferMechanism, kept.CrossBorder));
        await Expect.StatusAsync(retired, HttpStatusCode.NoContent);
        Assert.False(kept.Active);
        Assert.All(published.Items, c => Assert.Empty(c.Recipients));
        await Expect.ProblemAsync(reviseRetired, HttpStatusCode.Conflict, "conflict");
        var audited = await WithDatabaseAsync(db => db.AuditEntries
            .Where(e => e.ActorId == admin.User.Id && e.RequestName.EndsWith("RecipientCommand") && e.Outcome == AuditOutcome.Succeeded)
            .OrderBy(e => e.Position)
            .Select(e => e.RequestName)
            .ToListAsync());
        Assert.Equal(["RegisterRecipientCommand", "ReviseRecipientCommand", "RetireRecipientCommand"], audited);
    }

    [Fact]
    [Trait("Obligation", "S2")]
    public async Task ReviseOrRetire_WhenRecipientUnknown_ShouldAnswer404()
    {
        var admin = await SignUpAdminAsync();

        var revise = await admin.Client.PutAsJsonAsync(
            $"{Recipients.Path}/{Guid.NewGuid()}", new { name = "X", category = "cloud_storage", country = "CN", securityAssessedOn = "2026-03-01" });
        var retire = await admin.Client.DeleteAsync($"{Recipients.Path}/{Guid.NewGuid()}");

        await Expect.ProblemAsync(revise, HttpStatusCode.NotFound, "not-found");
        await Expect.ProblemAsync(retire, HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    [Trait("Obligation", "S2")]
    [Trait("Obligation", "P1")]
    public async Task RecipientEndpoints_WhenCustomer_ShouldAnswer403AndChangeNothing()
    {
        var admin = await SignUpAdminAsync();
        var recipient = await admin.Client.RegisterRecipientAsync("mailer", "marketing_and_email_platforms");
        var customer = await SignUpAsync();

        await Expect.ProblemAsync(await customer.Client.GetAsync(Recipients.Path), HttpStatusCode.Forbidden, "forbidden");
        await Expect.ProblemAsync(
            await customer.Client.PostAsJsonAsync(Recipients.Path, Recipients.Body("mine", "business_needs")), HttpStatusCode.Forbidden, "forbidden");
        await Expect.ProblemAsync(await customer.Client.DeleteAsync($"{Recipients.Path}/{recipient.Id}"), HttpStatusCode.Forbidden, "forbidden");

        var list = await admin.Client.GetFromJsonAsync<Paged<RecipientDto>>(Recipients.Path);
        Assert.Equal([("mailer", true)], list!.Items.Select(r => (r.Key, r.Active)));
    }
}
