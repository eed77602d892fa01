using Pixyer.Domain.Common;

namespace Pixyer.Domain.LegalRequests;

/// <summary>
/// The archive an approved legal request disclosed to the authority: the scoped categories of the scoped subjects. It
/// is the subjects' own data, so it is erased when any of them is; the request keeps its SHA-256 and size as proof of
/// what was disclosed.
/// </summary>
public sealed class LegalRequestExport
{
    private LegalRequestExport()
    {
    }

    public LegalRequestId LegalRequestId { get; private set; }

    [PersonalData]
    public byte[] Content { get; private set; } = [];

    public static LegalRequestExport Of(LegalRequestId request, byte[] content) => new() { LegalRequestId = request, Content = content };
}
