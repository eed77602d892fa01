using Pixyer.Domain.Common;

namespace Pixyer.Domain.Inquiries;

/// <summary>A closed thread stays closed, and a thread moves to another status than its own.</summary>
public sealed class InquiryTransitionRule(InquiryStatus from, InquiryStatus to) : IBusinessRule
{
    public string ProblemType => "inquiry-transition-not-allowed";

    public string Message => from == InquiryStatus.Closed
        ? "This inquiry is closed; write a new one."
        : $"An inquiry that is {from} cannot become {to}.";

    public bool IsBroken() => from == InquiryStatus.Closed || from == to;
}
