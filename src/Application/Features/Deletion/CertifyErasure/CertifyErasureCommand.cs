using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Application.Features.Deletion.EraseSubject;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Deletion.CertifyErasure;

/// <summary>
/// Obligation G2, erasure job step 2, after the erasure committed: removes what the file store still holds of the
/// subject (files a crash kept from going after the commit), asks every source what still links to the subject,
/// reads the raw bytes of the storage for the subject's values (<see cref="Common.PersonalData.IRawStorageScan"/>),
/// and issues the certificate with those findings and what was scanned. The deadline is met: the rights request is closed.
/// </summary>
[Access(AccessLevel.System)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.None)]
public sealed record CertifyErasureCommand(Guid RequestId, string Worker) : ICommand<DeletionProgress?>;
