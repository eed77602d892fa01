namespace Pixyer.Application.Common.Persistence;

/// <summary>
/// Recognises a store that cannot serve right now (down, unreachable, restarting, locked), whatever the provider:
/// a failure the client should retry, not a fault in our code.
/// </summary>
public interface IStoreOutages
{
    bool IsOutage(Exception exception);
}
