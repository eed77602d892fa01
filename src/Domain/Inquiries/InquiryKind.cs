namespace Pixyer.Domain.Inquiries;

/// <summary>What a person writes to the operator about (Q1, U4), spelled in snake_case on the wire; each kind has its response period.</summary>
public enum InquiryKind
{
    Question,
    Complaint,
    PrivacyRequest,
    AfterSales,
}
