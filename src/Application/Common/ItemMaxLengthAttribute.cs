namespace Pixyer.Application.Common;

/// <summary>
/// Each string of a list holds at most <see cref="Length"/> characters (the list's own count is <c>[MaxLength]</c>):
/// the OpenAPI document gives the list's items that <c>maxLength</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class ItemMaxLengthAttribute(int length) : Attribute
{
    public int Length { get; } = length;
}
