namespace Pixyer.Application.Common;

/// <summary>
/// A string (or each string of a list) that holds one of a fixed set of names, an enum's wire names or a catalog's: the
/// OpenAPI document lists them as the property's <c>enum</c>, so that clients see the values the API sends and accepts.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public abstract class WireNameOfAttribute(IReadOnlyList<string> names) : Attribute
{
    public IReadOnlyList<string> Names { get; } = names;
}

/// <summary>The property holds a wire name of <typeparamref name="TEnum"/>.</summary>
public sealed class WireNameOfAttribute<TEnum>() : WireNameOfAttribute(WireNames.All<TEnum>())
    where TEnum : struct, Enum;

/// <summary>The property holds one of a few fixed names that no enum lists, e.g. <c>approve</c> or <c>refuse</c>.</summary>
public sealed class OneOfNamesAttribute(params string[] names) : WireNameOfAttribute(names);
