using System.Reflection;
using Mediator;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Consent;
using Pixyer.Application.Common.Processing;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Privacy.ListProcessingActivities;

/// <summary>
/// The processing register is code, not data: every command and query of the Application assembly is a row, read
/// from its <see cref="ProcessingAttribute"/> and <see cref="RequiresConsentAttribute"/> (or
/// <see cref="ConsentOfSubjectsAttribute"/>) once per process. A new request adds its row; nothing is maintained by hand.
/// </summary>
public static class ProcessingRegister
{
    public const string CommandKind = "command";
    public const string QueryKind = "query";

    /// <summary>The most rows the register may hold (the document's <c>maxItems</c>; a unit test keeps the register within it).</summary>
    public const int MaxActivities = 1000;

    private static readonly Lazy<IReadOnlyList<ProcessingActivity>> Register =
        new(() => Build(typeof(ProcessingRegister).Assembly));

    public static IReadOnlyList<ProcessingActivity> Activities => Register.Value;

    /// <summary>The rows of the request types declared in <paramref name="assembly"/>, sorted by name.</summary>
    public static IReadOnlyList<ProcessingActivity> Build(Assembly assembly) =>
        assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && (IsCommand(t) || typeof(IBaseQuery).IsAssignableFrom(t)))
            .Select(t => (Type: t, Processing: t.GetCustomAttribute<ProcessingAttribute>()))
            .Where(t => t.Processing is not null)
            .Select(t => Describe(t.Type, t.Processing!))
            .OrderBy(a => a.Request, StringComparer.Ordinal)
            .ToList();

    private static ProcessingActivity Describe(Type request, ProcessingAttribute processing)
    {
        var consent = request.GetCustomAttribute<RequiresConsentAttribute>()?.Purpose
                      ?? request.GetCustomAttribute<ConsentOfSubjectsAttribute>()?.Purpose;
        return new ProcessingActivity(
            request.Name,
            IsCommand(request) ? CommandKind : QueryKind,
            WireNames.Of(processing.Purpose),
            [ObligationOf(processing.Purpose)],
            WireNames.Of(processing.LegalBasis),
            processing.DataCategories.Distinct().Select(WireNames.Of).ToList(),
            consent is { } purpose ? ConsentPurposes.NameOf(purpose) : null,
            RecipientCategories.For(processing.DataCategories, consent).Select(WireNames.Of).ToList(),
            RetentionRules.For(processing.DataCategories));
    }

    private static bool IsCommand(Type type) => typeof(IBaseCommand).IsAssignableFrom(type);

    /// <summary>The obligation of section 2 of the privacy policy that a purpose serves.</summary>
    public static string ObligationOf(ProcessingPurpose purpose) => purpose switch
    {
        ProcessingPurpose.AccountManagement or ProcessingPurpose.SubscriptionPayment => "U1",
        ProcessingPurpose.ServiceProvision => "U2",
        ProcessingPurpose.ModelImprovement or ProcessingPurpose.PersonalizedAdvertising => "U3",
        ProcessingPurpose.CustomerSupport => "U4",
        ProcessingPurpose.ServiceOperations => "U5",
        ProcessingPurpose.IdentityVerification => "U6",
        ProcessingPurpose.Security => "U7",
        ProcessingPurpose.OperationalEmail => "U8",
        ProcessingPurpose.Marketing => "U9",
        ProcessingPurpose.LegalCompliance => "U10",
        _ => throw new ArgumentOutOfRangeException(nameof(purpose), purpose, "No obligation is declared for this purpose."),
    };
}
