namespace Pixyer.Application.Common;

/// <summary>
/// A string (or each string of a list) that holds a wire name of an enum: the OpenAPI document lists the names as the
/// property's <c>enum</c>, so that clients see the values the API sends and accepts.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public abstract class WireNameOfAttribute(IReadOnlyList<string> names) : Attribute
{
    public IReadOnlyList<string> Names { get; } = names;
}

/// <inheritdoc />
public sealed class WireNameOfAttribute<TEnum>() : WireNameOfAttribute(WireNames.All<TEnum>())
    where TEnum : struct, Enum;
