using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Pixyer.Api.Http;

/// <summary>
/// Request bodies bind strictly: a field the contract does not know is refused, and so is a body that leaves out a
/// field the contract needs (a constructor parameter that is neither nullable nor given a default), instead of
/// reading it as <c>false</c>, <c>0</c> or <c>null</c>.
/// </summary>
public static class StrictJson
{
    public static void Apply(JsonSerializerOptions options)
    {
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.RespectNullableAnnotations = true;
        options.TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { RequireNonOptionalParameters } };
    }

    private static void RequireNonOptionalParameters(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
        {
            if (property.AssociatedParameter is { HasDefaultValue: false, IsNullable: false })
            {
                property.IsRequired = true;
            }
        }
    }
}
