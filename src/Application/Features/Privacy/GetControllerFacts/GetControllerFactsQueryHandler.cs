using Mediator;
using Microsoft.Extensions.Options;

namespace Pixyer.Application.Features.Privacy.GetControllerFacts;

public sealed class GetControllerFactsQueryHandler(IOptions<PrivacyControllerOptions> options)
    : IQueryHandler<GetControllerFactsQuery, ControllerFacts>
{
    public ValueTask<ControllerFacts> Handle(GetControllerFactsQuery query, CancellationToken cancellationToken)
    {
        var controller = options.Value;
        return ValueTask.FromResult(new ControllerFacts(
            controller.OperatorName,
            controller.Address,
            controller.Email,
            controller.Phone,
            controller.GoverningLaw,
            controller.Jurisdiction,
            controller.StorageRegion,
            controller.StorageCountryCode.ToUpperInvariant(),
            controller.CrossBorderTransferMechanism));
    }
}
