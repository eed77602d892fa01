using Pixyer.Domain.Accounts;
using Pixyer.Domain.Common;
using Pixyer.Domain.Inquiries;
using static Pixyer.Domain.UnitTests.TestData;

namespace Pixyer.Domain.UnitTests.Inquiries;

[Trait("Obligation", "Q1")]
public sealed class InquiryTests
{
    private static readonly AccountId Staff = AccountId.New();
    private static readonly TimeSpan FifteenDays = TimeSpan.FromDays(15);

    [Fact]
    public void AnonymousInquiry_ShouldHaveNoDeadlineUntilItsAddressIsVerified()
    {
        var inquiry = Inquiry.FromAnonymous("Robin", "robin@example.org", InquiryKind.Complaint, "Charged twice", "Twice in March.", Now);

        Assert.False(inquiry.ReachesStaff);
        Assert.Null(inquiry.Deadline);

        inquiry.VerifyEmail(FifteenDays, Now.AddHours(2));
        inquiry.VerifyEmail(FifteenDays, Now.AddDays(3));

        Assert.True(inquiry.ReachesStaff);
        Assert.Equal(Now.AddHours(2) + FifteenDays, inquiry.Deadline!.DueAt);
    }

    [Fact]
    public void VerificationQuestion_ShouldWaitOnTheCustomerWithTheClockRunning_AndAnAnswerShouldStopIt()
    {
        var inquiry = Inquiry.FromAccount(AccountId.New(), InquiryKind.Complaint, "Slow", "Very slow.", FifteenDays, Now);

        inquiry.AddStaffMessage(Staff, "Which job?", verificationQuestion: true, null, Now.AddDays(1));
        Assert.Equal((InquiryStatus.WaitingOnCustomer, true), (inquiry.Status, inquiry.Deadline!.IsOverdueAt(Now.AddDays(16))));

        inquiry.AddCustomerMessage("Job 42.", null, Now.AddDays(2));
        Assert.Equal(InquiryStatus.Open, inquiry.Status);

        inquiry.AddStaffMessage(Staff, "Fixed.", verificationQuestion: false, null, Now.AddDays(3));
        Assert.Equal((InquiryStatus.Answered, false), (inquiry.Status, inquiry.Deadline.IsOverdueAt(Now.AddDays(16))));
        Assert.Equal(4, inquiry.Messages.Count);
    }

    [Theory]
    [InlineData(InquiryStatus.Open)]
    [InlineData(InquiryStatus.Answered)]
    [InlineData(InquiryStatus.Closed)]
    public void Closed_ShouldBeFinal(InquiryStatus target)
    {
        var inquiry = Inquiry.FromAccount(AccountId.New(), InquiryKind.Question, "Plans", "Which?", FifteenDays, Now);
        inquiry.MoveTo(InquiryStatus.Closed, Now);

        var refused = Assert.Throws<BusinessRuleViolationException>(() => inquiry.MoveTo(target, Now));

        Assert.Equal("inquiry-transition-not-allowed", refused.ProblemType);
        Assert.Equal("inquiry-closed", Assert.Throws<BusinessRuleViolationException>(() => inquiry.AddCustomerMessage("Hello?", null, Now)).ProblemType);
        Assert.Equal(Now, inquiry.ClosedAt);
    }

    [Fact]
    public void MovingToItsOwnStatus_ShouldBeRefused()
    {
        var inquiry = Inquiry.FromAccount(AccountId.New(), InquiryKind.Question, "Plans", "Which?", FifteenDays, Now);

        Assert.Throws<BusinessRuleViolationException>(() => inquiry.MoveTo(InquiryStatus.Open, Now));
    }
}
