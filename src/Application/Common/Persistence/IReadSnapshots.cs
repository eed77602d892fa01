namespace Pixyer.Application.Common.Persistence;

/// <summary>A read-only snapshot: until it is disposed, every query of the scope's context sees the same committed state.</summary>
public interface IReadSnapshots
{
    Task<IAsyncDisposable> BeginAsync(CancellationToken cancellationToken);
}
