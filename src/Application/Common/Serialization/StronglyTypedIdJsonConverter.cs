using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Common.Serialization;

/// <summary>
/// Writes a strongly typed id of the domain (a value type with a <see cref="Guid"/> <c>Value</c> and a constructor
/// taking it, such as <see cref="AccountId"/>) as its plain UUID string, like every other id, instead of
/// <c>{"value": "..."}</c>, and reads it back from one. It recognises the shape, so a new id type needs nothing more.
/// </summary>
public sealed class StronglyTypedIdJsonConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => ConstructorOf(typeToConvert) is not null;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(IdConverter<>).MakeGenericType(typeToConvert), ConstructorOf(typeToConvert))!;

    private static ConstructorInfo? ConstructorOf(Type type) =>
        type.IsValueType && type.Assembly == typeof(AccountId).Assembly && type.GetProperty("Value")?.PropertyType == typeof(Guid)
            ? type.GetConstructor([typeof(Guid)])
            : null;

    private sealed class IdConverter<TId>(ConstructorInfo constructor) : JsonConverter<TId>
        where TId : struct
    {
        private readonly PropertyInfo value = typeof(TId).GetProperty("Value")!;

        public override TId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            (TId)constructor.Invoke([reader.GetGuid()]);

        public override void Write(Utf8JsonWriter writer, TId id, JsonSerializerOptions options) =>
            writer.WriteStringValue((Guid)value.GetValue(id)!);
    }
}
