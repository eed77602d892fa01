namespace Pixyer.Domain.LegalRequests;

/// <summary>Where a legal request stands: received, then approved (the data is disclosed) or refused, once.</summary>
public enum LegalRequestStatus
{
    Received,
    Approved,
    Refused,
}
