using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Pixyer.Domain.Common;

namespace Pixyer.Application.Common.Serialization;

/// <summary>
/// Writes a typed id of the domain (an <see cref="IEntityId"/>, such as <c>AccountId</c>) as its plain UUID string,
/// like every other id, instead of <c>{"value": "..."}</c>, and reads it back from one. A new id type needs nothing more.
/// </summary>
public sealed class StronglyTypedIdJsonConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsValueType && typeof(IEntityId).IsAssignableFrom(typeToConvert);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(IdConverter<>).MakeGenericType(typeToConvert))!;

    private sealed class IdConverter<TId> : JsonConverter<TId>
        where TId : struct, IEntityId
    {
        private static readonly ConstructorInfo Constructor = typeof(TId).GetConstructor([typeof(Guid)])!;

        public override TId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            (TId)Constructor.Invoke([reader.GetGuid()]);

        public override void Write(Utf8JsonWriter writer, TId id, JsonSerializerOptions options) => writer.WriteStringValue(id.Value);
    }
}
