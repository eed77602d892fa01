using System.Net;
using System.Net.Http.Json;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Paging;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Features.Inquiries;
using Pixyer.Domain.Inquiries;

namespace Pixyer.Api.IntegrationTests.Features.Inquiries;

/// <summary>A signed-in person's inquiries: in the queue at once, theirs alone, worked by Support, with images that take the upload checks.</summary>
[Trait("Obligation", "C7")]
[Trait("Obligation", "U4")]
public sealed class SignedInInquiryTests(PixyerApiFactory app) : InquiryTest(app)
{
    [Fact]
    public async Task SignedInInquiry_ShouldReachTheQueueAtOnce_AndBeListedForItsAuthorOnly()
    {
        var support = await SignUpSupportAsync();
        var me = await SignUpAsync();
        var other = await SignUpAsync();

        var mine = await SubmitAsync(me.Client, new { kind = "after_sales", subject = "Banner colours", message = "The red looks orange." });

        Assert.Equal(("after_sales", true, false), (mine.Kind, mine.EmailVerified, mine.Anonymous));
        Assert.Equal(App.Clock.GetUtcNow().AddDays(15), mine.DueAt!.Value, TimeSpan.FromMilliseconds(1));
        var queued = Assert.Single((await QueueAsync(support, "?status=open")).Items);
        Assert.Equal((mine.Id, (Guid?)me.User.Id), (queued.Id, queued.RequesterId));
        Assert.Equal([mine.Id], (await me.Client.GetFromJsonAsync<Paged<InquirySummaryDto>>(Inquiries))!.Items.Select(i => i.Id));
        Assert.Equal(0, (await other.Client.GetFromJsonAsync<Paged<InquirySummaryDto>>(Inquiries))!.Total);
        Assert.Single((await ReadInquiryAsync(await me.Client.GetAsync($"{Inquiries}/{mine.Id}"))).Messages);
    }

    [Fact]
    [Trait("Obligation", "P1")]
    public async Task MessageAfterTheLastAllowed_ShouldAnswer422AndStoreNothing()
    {
        var support = await SignUpSupportAsync();
        var me = await SignUpAsync();
        var mine = await SubmitAsync(me.Client, new { kind = "question", subject = "Plans", message = "Which plan fits?" });
        await WithDatabaseAsync(async db =>
        {
            var inquiry = await db.Inquiries.Include(i => i.Messages).SingleAsync(i => i.Id == new InquiryId(mine.Id));
            while (inquiry.Messages.Count < Inquiry.MaxMessages - 1)
            {
                inquiry.AddCustomerMessage("And another thing.", null, App.Clock.GetUtcNow());
            }

            return await db.SaveChangesAsync();
        });
        App.Clock.Advance(TimeSpan.FromMinutes(1));

        var last = await ReadInquiryAsync(await PostMessageAsync(me.Client, $"{Inquiries}/{mine.Id}/messages", "The last one."));
        Assert.Equal(Inquiry.MaxMessages, last.Messages.Count);
        await Expect.ProblemAsync(
            await PostMessageAsync(support.Client, $"{Queue}/{mine.Id}/messages", "One too many."), HttpStatusCode.UnprocessableEntity, "inquiry-message-limit");
        await Expect.ProblemAsync(
            await PostMessageAsync(me.Client, $"{Inquiries}/{mine.Id}/messages", "One too many."), HttpStatusCode.UnprocessableEntity, "inquiry-message-limit");

        var thread = await ReadInquiryAsync(await me.Client.GetAsync($"{Inquiries}/{mine.Id}"));
        Assert.Equal((Inquiry.MaxMessages, "The last one.", "open"), (thread.Messages.Count, thread.Messages[^1].Text, thread.Status));
    }

    [Fact]
    public async Task AnotherPersonsInquiry_ShouldAnswer404AndChangeNothing()
    {
        var me = await SignUpAsync();
        var intruder = await SignUpAsync();
        var mine = await SubmitAsync(me.Client, new { kind = "question", subject = "Plans", message = "Which plan fits?" });
        var thread = $"{Inquiries}/{mine.Id}";

        await Expect.ProblemAsync(await intruder.Client.GetAsync(thread), HttpStatusCode.NotFound, "not-found");
        await Expect.ProblemAsync(await intruder.Client.GetAsync($"{thread}/export"), HttpStatusCode.NotFound, "not-found");
        await Expect.ProblemAsync(await PostMessageAsync(intruder.Client, $"{thread}/messages", "Let me in"), HttpStatusCode.NotFound, "not-found");
        await Expect.ProblemAsync(await Client.GetAsync(thread), HttpStatusCode.NotFound, "not-found");
        await Expect.ProblemAsync(await intruder.Client.GetAsync($"{Queue}/{mine.Id}"), HttpStatusCode.Forbidden, "forbidden");
        await Expect.ProblemAsync(await intruder.Client.GetAsync(Queue), HttpStatusCode.Forbidden, "forbidden");

        Assert.Single((await ReadInquiryAsync(await me.Client.GetAsync(thread))).Messages);
    }

    [Fact]
    [Trait("Obligation", "Q1")]
    public async Task Status_ShouldFollowItsRules_AndAClosedThreadShouldTakeNothingMore()
    {
        var support = await SignUpSupportAsync();
        var me = await SignUpAsync();
        var inquiry = await SubmitAsync(me.Client, new { kind = "complaint", subject = "Slow", message = "Generations take an hour." });
        var staffThread = $"{Queue}/{inquiry.Id}";

        await Expect.ProblemAsync(
            await support.Client.PostAsJsonAsync($"{staffThread}/status", new { status = "open" }), HttpStatusCode.UnprocessableEntity, "inquiry-transition-not-allowed");
        var assigned = await support.Client.PostAsJsonAsync($"{staffThread}/assignment", new { assigneeId = support.User.Id });
        Assert.Equal(support.User.Id, (await assigned.Content.ReadFromJsonAsync<InquirySummaryDto>())!.AssigneeId);
        await Expect.ProblemAsync(
            await support.Client.PostAsJsonAsync($"{staffThread}/assignment", new { assigneeId = me.User.Id }), HttpStatusCode.UnprocessableEntity, "assignee-not-staff");
        await Expect.StatusAsync(await support.Client.PostAsJsonAsync($"{staffThread}/status", new { status = "waiting_on_customer" }), HttpStatusCode.OK);
        var closed = await support.Client.PostAsJsonAsync($"{staffThread}/status", new { status = "closed" });
        Assert.Equal("closed", (await closed.Content.ReadFromJsonAsync<InquirySummaryDto>())!.Status);

        await Expect.ProblemAsync(
            await support.Client.PostAsJsonAsync($"{staffThread}/status", new { status = "open" }), HttpStatusCode.UnprocessableEntity, "inquiry-transition-not-allowed");
        await Expect.ProblemAsync(await PostMessageAsync(support.Client, $"{staffThread}/messages", "One more thing"), HttpStatusCode.UnprocessableEntity, "inquiry-closed");
        await Expect.ProblemAsync(await PostMessageAsync(me.Client, $"{Inquiries}/{inquiry.Id}/messages", "Hello?"), HttpStatusCode.UnprocessableEntity, "inquiry-closed");
        await Expect.ProblemAsync(
            await support.Client.PostAsJsonAsync($"{staffThread}/status", new { status = "finished" }), HttpStatusCode.BadRequest, "validation");

        var seen = await ReadInquiryAsync(await me.Client.GetAsync($"{Inquiries}/{inquiry.Id}"));
        Assert.Equal(("closed", 1), (seen.Status, seen.Messages.Count));
        Assert.Equal(0, (await QueueAsync(support, "?overdue=true")).Total);
        App.Clock.Advance(TimeSpan.FromDays(16));
        support = await SignInAgainAsync(support);
        Assert.Equal(0, (await QueueAsync(support, "?overdue=true")).Total);
    }

    [Fact]
    public async Task Image_ShouldBeAttachedThroughTheUploadChecks_AndWhatIsNoImageOrHasNoOwnerRefused()
    {
        var support = await SignUpSupportAsync();
        var me = await SignUpAsync();
        var inquiry = await SubmitAsync(me.Client, new { kind = "after_sales", subject = "Print", message = "See the photo." });
        var anonymous = await SubmitAsync(Client, AnonymousBody("ash@example.org", "after_sales"));
        var token = await MailedTokenAsync("ash@example.org", anonymous.Id);
        var thread = $"{Inquiries}/{inquiry.Id}";
        var photo = TestImages.WithExif(TestImages.Jpeg(64, 48), orientation: 6);

        var withImage = await ReadInquiryAsync(await PostMessageAsync(me.Client, $"{thread}/messages", "Here it is", photo));

        var attached = withImage.Messages[^1];
        Assert.Equal("image/jpeg", attached.AttachmentContentType);
        var mineToView = await me.Client.GetAsync($"{thread}/messages/{attached.Id}/image");
        var staffsToView = await support.Client.GetAsync($"{Queue}/{inquiry.Id}/messages/{attached.Id}/image");
        await Expect.StatusAsync(mineToView, HttpStatusCode.OK);
        await Expect.StatusAsync(staffsToView, HttpStatusCode.OK);
        var stored = await mineToView.Content.ReadAsByteArrayAsync();
        Assert.Equal(stored, await staffsToView.Content.ReadAsByteArrayAsync());
        // Re-encoded from its pixels: upright (the EXIF orientation applied) and without the EXIF block.
        Assert.Equal((48, 64), SkiaSharp.SKBitmap.Decode(stored) is { } decoded ? (decoded.Width, decoded.Height) : default);
        Assert.NotEqual(photo, stored);
        await Expect.ProblemAsync(await me.Client.GetAsync($"{thread}/messages/{withImage.Messages[0].Id}/image"), HttpStatusCode.NotFound, "not-found");
        await Expect.ProblemAsync(await (await SignUpAsync()).Client.GetAsync($"{thread}/messages/{attached.Id}/image"), HttpStatusCode.NotFound, "not-found");
        await Expect.ProblemAsync(
            await PostMessageAsync(me.Client, $"{thread}/messages", "Not a picture", "just text, no image"u8.ToArray()),
            HttpStatusCode.UnsupportedMediaType, "unsupported-image-type");
        await Expect.ProblemAsync(
            await PostMessageAsync(Client, $"{Inquiries}/{anonymous.Id}/messages?token={token}", "Photo", TestImages.Png(8, 8)),
            HttpStatusCode.UnprocessableEntity, "inquiry-attachment-needs-account");
        await Expect.ProblemAsync(
            await PostMessageAsync(support.Client, $"{Queue}/{inquiry.Id}/messages", "Wrong", TestImages.PngHeaderOnly(8, 8)),
            HttpStatusCode.UnprocessableEntity, "image-malformed");

        Assert.Equal(2, (await ReadInquiryAsync(await me.Client.GetAsync(thread))).Messages.Count);
        Assert.Single((await ReadInquiryAsync(await Client.GetAsync($"{Inquiries}/{anonymous.Id}?token={token}"))).Messages);
    }
}
