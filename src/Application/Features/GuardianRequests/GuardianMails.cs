using Pixyer.Application.Common.Email;
using Pixyer.Application.Features.Deletion;
using Pixyer.Domain.Rights;

namespace Pixyer.Application.Features.GuardianRequests;

/// <summary>
/// What the guardian is told. No mail repeats the minor's account or says whether it exists before staff verified
/// the request: a mail is no proof that the sender is the guardian.
/// </summary>
internal static class GuardianMails
{
    public static EmailMessage Received(GuardianRequest request, DateTimeOffset dueAt) =>
        new(
            request.GuardianEmail,
            "We received your request to delete a minor's data",
            $"""
             Hello {request.GuardianName},

             we received your request to delete the data of a minor in your care (request id {request.Id}).

             Our support team will verify that you are the minor's guardian and may contact you at this address for
             proof. We will answer by {dueAt:yyyy-MM-dd} at the latest.
             """);

    public static EmailMessage Approved(GuardianRequest request, OpenedDeletion deletion, string publicBaseUrl) =>
        new(
            request.GuardianEmail,
            "The minor's account is being deleted",
            $"""
             Hello {request.GuardianName},

             we verified your request {request.Id}: the account is closed as of now, and all its personal data and
             files are erased by {deletion.DueAt:yyyy-MM-dd} at the latest. The account holder is told as well.

             Once it is done, the deletion certificate says what was erased, what was kept and why.
             {DeletionLinks.ReadingInstructions(publicBaseUrl, deletion.Request.Id.Value, deletion.Token)}

             Keep this mail: we cannot send the token again.
             """);

    public static EmailMessage Rejected(GuardianRequest request) =>
        new(
            request.GuardianEmail,
            "We could not act on your request to delete a minor's data",
            $"""
             Hello {request.GuardianName},

             we could not act on your request {request.Id}:

             {request.RejectionReason}

             You may send a new request at any time.
             """);
}
