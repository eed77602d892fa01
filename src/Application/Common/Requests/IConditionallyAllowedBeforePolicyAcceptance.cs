namespace Pixyer.Application.Common.Requests;

/// <summary>A request allowed before policy acceptance only in some forms (a consent call that withdraws, not grants).</summary>
public interface IConditionallyAllowedBeforePolicyAcceptance
{
    bool AllowedBeforePolicyAcceptance { get; }
}
