namespace Pixyer.Application.Features.Privacy.GetControllerFacts;

public sealed record ControllerFacts(
    string OperatorName,
    string Address,
    string Email,
    string Phone,
    string GoverningLaw,
    string Jurisdiction,
    string StorageRegion,
    string CrossBorderTransferMechanism);
