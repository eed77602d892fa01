using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;
using Pixyer.Domain.Sessions;

namespace Pixyer.Application.UnitTests;

// Requests that exist only to drive the behaviors; they declare what real requests declare.

[Access(AccessLevel.Anonymous)]
[Processing(ProcessingPurpose.AccountManagement, LegalBasis.Contract, DataCategory.Identity)]
public sealed record AnonymousTestCommand : ICommand<string>;

[Access(AccessLevel.Authenticated)]
[Processing(ProcessingPurpose.AccountManagement, LegalBasis.Contract, DataCategory.Identity)]
public sealed record AuthenticatedTestCommand : ICommand<string>;

[Access(Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.AuditTrail)]
public sealed record StaffTestQuery : IQuery<string>;

[Access(AccessLevel.System)]
[Processing(ProcessingPurpose.ServiceOperations, LegalBasis.ServiceSecurity, DataCategory.None)]
public sealed record SystemTestCommand : ICommand<string>;

[Access(AccessLevel.System)]
[NoTransaction]
[Processing(ProcessingPurpose.ServiceOperations, LegalBasis.ServiceSecurity, DataCategory.None)]
public sealed record NoTransactionTestCommand : ICommand<string>;

[Access(AccessLevel.Anonymous)]
[Processing(ProcessingPurpose.AccountManagement, LegalBasis.Contract, DataCategory.Identity)]
public sealed record ValidatedTestCommand(string Name, int Age) : ICommand<string>;

/// <summary>Callers and a recording "next" step for the behavior tests.</summary>
internal static class TestPipeline
{
    public const string HandlerResponse = "handled";

    public static CurrentActor Anonymous() => new();

    public static CurrentActor SignedIn(Roles roles)
    {
        var actor = new CurrentActor();
        actor.SignIn(AccountId.New(), SessionId.New(), roles);
        return actor;
    }

    public static CurrentActor SystemActor()
    {
        var actor = new CurrentActor();
        actor.ActAsSystem();
        return actor;
    }

    /// <summary>A next step that answers <see cref="HandlerResponse"/> and counts its calls.</summary>
    public sealed class Next<TMessage>
        where TMessage : notnull, IMessage
    {
        public int Calls { get; private set; }

        public MessageHandlerDelegate<TMessage, string> Delegate => (_, _) =>
        {
            Calls++;
            return new ValueTask<string>(HandlerResponse);
        };
    }
}
