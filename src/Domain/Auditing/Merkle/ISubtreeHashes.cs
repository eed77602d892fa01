namespace Pixyer.Domain.Auditing.Merkle;

/// <summary>Where the hashes of a stored tree come from: MTH(D[first:pastLast]) for a subtree that proofs name.</summary>
public interface ISubtreeHashes
{
    ValueTask<byte[]> HashAsync(long first, long pastLast, CancellationToken cancellationToken);
}
