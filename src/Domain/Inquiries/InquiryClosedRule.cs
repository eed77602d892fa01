using Pixyer.Domain.Common;

namespace Pixyer.Domain.Inquiries;

/// <summary>Nothing is added to, or assigned in, a closed thread.</summary>
public sealed class InquiryClosedRule(Inquiry inquiry) : IBusinessRule
{
    public string ProblemType => "inquiry-closed";

    public string Message => "This inquiry is closed; write a new one.";

    public bool IsBroken() => inquiry.Status == InquiryStatus.Closed;
}
