namespace Pixyer.Domain.Inquiries;

/// <summary>
/// Where a thread stands: <c>open</c> until staff answer or ask back, <c>waiting_on_customer</c> after staff asked
/// (a verification question among others), <c>answered</c> after a staff answer, <c>closed</c> for good. A message of
/// the person reopens an answered or waiting thread.
/// </summary>
public enum InquiryStatus
{
    Open,
    WaitingOnCustomer,
    Answered,
    Closed,
}
