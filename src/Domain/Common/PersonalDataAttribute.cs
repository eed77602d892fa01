namespace Pixyer.Domain.Common;

/// <summary>
/// Marks a property that holds personal data. Every entity with such a property must be covered by an
/// <c>IPersonalDataSource</c> (export, erase, find-remaining); a test enforces it.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PersonalDataAttribute : Attribute;
