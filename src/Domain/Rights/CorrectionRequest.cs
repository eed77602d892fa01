using Pixyer.Domain.Accounts;
using Pixyer.Domain.Common;

namespace Pixyer.Domain.Rights;

/// <summary>
/// A request to correct a person's data received through support (G3), logged by staff so that its deadline is
/// tracked by the <see cref="RightsRequest"/> of the same id. The note says what is to be corrected, so it is the
/// person's data: exported with it and erased with it.
/// </summary>
public sealed class CorrectionRequest
{
    public const int NoteMaxLength = 2000;

    private CorrectionRequest()
    {
    }

    public CorrectionRequestId Id { get; private set; }

    public AccountId SubjectId { get; private set; }

    [PersonalData]
    public string Note { get; private set; } = "";

    public AccountId LoggedBy { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public static CorrectionRequest Log(AccountId subject, string note, AccountId staff, DateTimeOffset now) =>
        new() { Id = CorrectionRequestId.New(), SubjectId = subject, Note = note.Trim(), LoggedBy = staff, ReceivedAt = now };
}
