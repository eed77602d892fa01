namespace Pixyer.Application.Features.Privacy.GetControllerFacts;

/// <summary>
/// The controller (L1) and where the data is stored (X1): a recipient outside <see cref="StorageCountryCode"/> receives a
/// cross-border transfer.
/// </summary>
public sealed record ControllerFacts(
    string OperatorName,
    string Address,
    string Email,
    string Phone,
    string GoverningLaw,
    string Jurisdiction,
    string StorageRegion,
    string StorageCountryCode,
    string CrossBorderTransferMechanism);
