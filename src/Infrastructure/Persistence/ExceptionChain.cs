namespace Pixyer.Infrastructure.Persistence;

/// <summary>An exception and the ones it wraps, outermost first: EF Core wraps a provider's failure (a save in a DbUpdateException).</summary>
internal static class ExceptionChain
{
    public static IEnumerable<Exception> Of(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            yield return current;
        }
    }
}
