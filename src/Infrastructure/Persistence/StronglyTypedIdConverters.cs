using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Sessions;

namespace Pixyer.Infrastructure.Persistence;

public static class StronglyTypedIdConverters
{
    public sealed class AccountIdConverter() : ValueConverter<AccountId, Guid>(id => id.Value, value => new AccountId(value));

    public sealed class SessionIdConverter() : ValueConverter<SessionId, Guid>(id => id.Value, value => new SessionId(value));
}
