using Mediator;
using Pixyer.Application.Common.Behaviors;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Accounts;
using static Pixyer.Application.UnitTests.TestPipeline;

namespace Pixyer.Application.UnitTests.Behaviors;

[Trait("Obligation", "P1")]
public sealed class AuthorizationBehaviorTests
{
    [Fact]
    public async Task Handle_WhenAnonymousCallerSendsAuthenticatedRequest_ShouldThrowUnauthenticated()
    {
        var next = new Next<AuthenticatedTestCommand>();

        await Assert.ThrowsAsync<UnauthenticatedException>(() => Send(new AuthenticatedTestCommand(), Anonymous(), next));

        Assert.Equal(0, next.Calls);
    }

    [Fact]
    public async Task Handle_WhenAnonymousCallerSendsRolesRequest_ShouldThrowUnauthenticated()
    {
        var next = new Next<StaffTestQuery>();

        await Assert.ThrowsAsync<UnauthenticatedException>(() => Send(new StaffTestQuery(), Anonymous(), next));

        Assert.Equal(0, next.Calls);
    }

    [Fact]
    public async Task Handle_WhenCustomerSendsRolesRequest_ShouldThrowForbidden()
    {
        var next = new Next<StaffTestQuery>();

        await Assert.ThrowsAsync<ForbiddenException>(() => Send(new StaffTestQuery(), SignedIn(Roles.Customer), next));

        Assert.Equal(0, next.Calls);
    }

    [Fact]
    public async Task Handle_WhenSupportSendsRequestForOtherRoles_ShouldThrowForbidden()
    {
        var next = new Next<StaffTestQuery>();

        await Assert.ThrowsAsync<ForbiddenException>(
            () => Send(new StaffTestQuery(), SignedIn(Roles.Customer | Roles.Support), next));

        Assert.Equal(0, next.Calls);
    }

    [Theory]
    [InlineData(Roles.Customer | Roles.PrivacyOfficer)]
    [InlineData(Roles.Customer | Roles.Admin)]
    public async Task Handle_WhenCallerHoldsOneOfTheRoles_ShouldCallTheHandler(Roles roles)
    {
        var next = new Next<StaffTestQuery>();

        var response = await Send(new StaffTestQuery(), SignedIn(roles), next);

        Assert.Equal(HandlerResponse, response);
        Assert.Equal(1, next.Calls);
    }

    [Fact]
    public async Task Handle_WhenCustomerSendsAuthenticatedRequest_ShouldCallTheHandler()
    {
        var next = new Next<AuthenticatedTestCommand>();

        var response = await Send(new AuthenticatedTestCommand(), SignedIn(Roles.Customer), next);

        Assert.Equal(HandlerResponse, response);
        Assert.Equal(1, next.Calls);
    }

    [Fact]
    public async Task Handle_WhenAnonymousCallerSendsAnonymousRequest_ShouldCallTheHandler()
    {
        var next = new Next<AnonymousTestCommand>();

        await Send(new AnonymousTestCommand(), Anonymous(), next);

        Assert.Equal(1, next.Calls);
    }

    [Fact]
    public async Task Handle_WhenAdminSendsSystemRequest_ShouldThrowForbidden()
    {
        var next = new Next<SystemTestCommand>();

        await Assert.ThrowsAsync<ForbiddenException>(() => Send(new SystemTestCommand(), SignedIn(Roles.Admin), next));

        Assert.Equal(0, next.Calls);
    }

    [Fact]
    public async Task Handle_WhenSystemSendsSystemRequest_ShouldCallTheHandler()
    {
        var next = new Next<SystemTestCommand>();

        await Send(new SystemTestCommand(), SystemActor(), next);

        Assert.Equal(1, next.Calls);
    }

    private static async Task<string> Send<TMessage>(TMessage message, ICurrentActor actor, Next<TMessage> next)
        where TMessage : notnull, IMessage =>
        await new AuthorizationBehavior<TMessage, string>(actor).Handle(message, next.Delegate, CancellationToken.None);
}
