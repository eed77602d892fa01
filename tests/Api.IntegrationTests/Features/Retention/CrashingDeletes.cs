using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Pixyer.Api.IntegrationTests.Features.Retention;

/// <summary>A process dying mid-batch, as the database sees it: the <c>n</c>-th DELETE fails and the transaction is lost.</summary>
public sealed class CrashingDeletes(int n) : DbCommandInterceptor
{
    private int deletes;

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (command.CommandText.TrimStart().StartsWith("DELETE", StringComparison.OrdinalIgnoreCase) && Interlocked.Increment(ref deletes) == n)
        {
            throw new IOException("Simulated crash in the middle of an anonymization batch.");
        }

        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }
}
