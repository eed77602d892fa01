using System.ComponentModel.DataAnnotations;
using Pixyer.Domain.Policies;

namespace Pixyer.Application.Features.Policies;

public sealed record PolicyDocument([property: MaxLength(PolicyVersion.VersionMaxLength)] string Version,
 DateTimeOffset EffectiveAt, bool Significant, [property: MaxLength(PolicyVersion.TextMaxLength)] string Text)
{
    public static PolicyDocument Of(PolicyVersion version) => new(version.Version, version.EffectiveAt, version.Significant, version.Text);
}
