using Pixyer.Application.Common.Email;
using Pixyer.Domain.LegalRequests;

namespace Pixyer.Application.Features.LegalRequests;

/// <summary>The operational mail that tells a subject their data was disclosed to an authority (E1, when the decision says so).</summary>
public static class LegalRequestNotice
{
    public static EmailMessage For(string name, string email, LegalRequest request, IEnumerable<string> categories) =>
        new(
            email,
            "We disclosed some of your data to an authority",
            $"""
             Hello {name},

             we were required by law to disclose some of your personal data to {request.AuthorityName} ({request.AuthorityCountry}),
             which presented a valid legal document (reference {request.DocumentReference}). We reviewed the request before
             answering it and disclosed only what it covered: {string.Join(", ", categories)}.

             The disclosure is listed with the others in your account (who received your data: GET /api/v1/me/disclosures),
             under the reference {request.Id}. If you have questions, reply to this mail or contact our privacy officer.
             """);
}
