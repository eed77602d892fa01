using Mediator;

namespace Pixyer.Application.Features.Policies.GetCurrentPolicy;

public sealed class GetCurrentPolicyQueryHandler(PolicyCatalog policies) : IQueryHandler<GetCurrentPolicyQuery, PolicyDocument>
{
    public async ValueTask<PolicyDocument> Handle(GetCurrentPolicyQuery query, CancellationToken cancellationToken) =>
        PolicyDocument.Of(await policies.CurrentAsync(cancellationToken));
}
