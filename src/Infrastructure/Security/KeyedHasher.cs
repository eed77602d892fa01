using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common.Security;

namespace Pixyer.Infrastructure.Security;

internal sealed class KeyedHasher(IOptions<InfrastructureOptions> options) : IKeyedHasher
{
    private readonly Lazy<byte[]> key = new(() => DataFolderKey.Load(options.Value.HashingKey, "hashing.key", options.Value));

    public string Hash(string value) => Convert.ToHexStringLower(HMACSHA256.HashData(key.Value, Encoding.UTF8.GetBytes(value)));
}
