namespace Pixyer.Application.Common.Persistence;

/// <summary>The transaction around one command. Only the unit-of-work behavior and jobs' plumbing use it.</summary>
public interface IUnitOfWork
{
    Task<IAsyncDisposable> BeginAsync(CancellationToken cancellationToken);

    /// <summary>Writes pending changes inside the open transaction.</summary>
    Task SaveChangesAsync(CancellationToken cancellationToken);

    Task CommitAsync(CancellationToken cancellationToken);
}
