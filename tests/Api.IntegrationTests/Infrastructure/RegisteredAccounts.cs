using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Domain.Accounts;
using Pixyer.Infrastructure.Persistence;

namespace Pixyer.Api.IntegrationTests.Infrastructure;

/// <summary>The registration's answer names no account (C1), so tests read the id where an operator would: in the database.</summary>
public static class RegisteredAccounts
{
    public static async Task<AccountId> IdOfAsync(IServiceProvider services, string email)
    {
        await using var scope = services.CreateAsyncScope();
        var normalizedEmail = Account.NormalizeEmail(email);
        return await scope.ServiceProvider.GetRequiredService<PixyerDbContext>().Accounts
            .Where(a => a.NormalizedEmail == normalizedEmail).Select(a => a.Id).SingleAsync();
    }
}
