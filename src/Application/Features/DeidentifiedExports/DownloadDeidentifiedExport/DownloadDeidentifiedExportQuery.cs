using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.DeidentifiedExports.DownloadDeidentifiedExport;

/// <summary>Obligation E2: the dataset's file, for the staff who share it; every download is audited.</summary>
[Access(Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.Security, LegalBasis.OtherLaw, DataCategory.None)]
public sealed record DownloadDeidentifiedExportQuery(Guid Id) : IQuery<DatasetDownload>, IAuditedQuery
{
    Guid? IHasAuditSubject.AuditSubjectId => null;
}

/// <summary>An open stream the caller disposes (the endpoint hands it to the response).</summary>
public sealed record DatasetDownload(Stream Content, string ContentType, string FileName);
