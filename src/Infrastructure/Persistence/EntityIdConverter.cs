using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Pixyer.Domain.Common;

namespace Pixyer.Infrastructure.Persistence;

/// <summary>Stores a typed id as the plain <see cref="Guid"/> it wraps.</summary>
internal sealed class EntityIdConverter<TId>() : ValueConverter<TId, Guid>(id => id.Value, FromGuid())
    where TId : struct, IEntityId
{
    private static Expression<Func<Guid, TId>> FromGuid()
    {
        var value = Expression.Parameter(typeof(Guid), "value");
        return Expression.Lambda<Func<Guid, TId>>(Expression.New(typeof(TId).GetConstructor([typeof(Guid)])!, value), value);
    }
}
