namespace Pixyer.Domain.Common;

/// <summary>
/// The typed id of an aggregate: a <see cref="Guid"/> that cannot be mixed up with another aggregate's. Each is a
/// <c>readonly record struct XId(Guid Value)</c>; persistence and the export's JSON recognise it by this interface.
/// </summary>
public interface IEntityId
{
    Guid Value { get; }
}
