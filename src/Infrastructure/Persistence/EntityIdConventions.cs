using Microsoft.EntityFrameworkCore;
using Pixyer.Domain.Common;

namespace Pixyer.Infrastructure.Persistence;

internal static class EntityIdConventions
{
    /// <summary>Every typed id of the domain is stored as its <see cref="Guid"/>: a new id type needs nothing more.</summary>
    public static void StoreEntityIdsAsGuids(this ModelConfigurationBuilder configurationBuilder)
    {
        var idTypes = typeof(IEntityId).Assembly.GetTypes().Where(t => t.IsValueType && typeof(IEntityId).IsAssignableFrom(t));
        foreach (var idType in idTypes)
        {
            configurationBuilder.Properties(idType).HaveConversion(typeof(EntityIdConverter<>).MakeGenericType(idType));
        }
    }
}
