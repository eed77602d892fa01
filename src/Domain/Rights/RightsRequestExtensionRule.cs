using Pixyer.Domain.Common;

namespace Pixyer.Domain.Rights;

/// <summary>A request is extended at most once, while open, by at most <see cref="RightsRequest.MaxExtension"/>.</summary>
public sealed class RightsRequestExtensionRule(RightsRequest request, TimeSpan by) : IBusinessRule
{
    public string ProblemType => "extension-not-allowed";

    public string Message => $"An open request can be extended once, by 1 to {RightsRequest.MaxExtension.Days} days.";

    public bool IsBroken() => !request.IsOpen || request.ExtendedAt is not null || by <= TimeSpan.Zero || by > RightsRequest.MaxExtension;
}
