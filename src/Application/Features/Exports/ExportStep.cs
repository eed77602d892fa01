using Pixyer.Application.Common;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Exports;

namespace Pixyer.Application.Features.Exports;

/// <summary>Where an export stands after a worker's step; it names the export's subject for the audit entry.</summary>
public sealed record ExportStep(Guid ExportId, Guid SubjectId, string Status, int Progress) : IHasAuditSubject
{
    public Guid? AuditSubjectId => SubjectId;

    public static ExportStep Of(DataExport export) =>
        new(export.Id.Value, export.SubjectId.Value, WireNames.Of(export.Status), export.Progress);
}
