using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.LegalRequests.RecordLegalRequest;

/// <summary>
/// Obligation E1: staff record a request from an authority: the authority (the key of a recipient of category
/// authorities, registered first at /admin/recipients), the legal basis it invokes, its document's reference, when it
/// came, the scope (accounts and export categories) and the staff member who reviews it. Nothing is disclosed yet.
/// </summary>
[Access(Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.LegalCompliance, Domain.Processing.LegalBasis.LegalObligation, DataCategory.Identity)]
public sealed record RecordLegalRequestCommand(
    string AuthorityKey,
    string LegalBasis,
    string? DocumentReference,
    DateTimeOffset ReceivedAt,
    IReadOnlyList<Guid> SubjectIds,
    IReadOnlyList<string> Categories,
    Guid ReviewerId) : ICommand<LegalRequestDto>;
