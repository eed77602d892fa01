using Pixyer.Domain.Accounts;
using Pixyer.Domain.Assets;
using Pixyer.Domain.Common;

namespace Pixyer.Domain.Showcases;

/// <summary>
/// One of a person's assets, published in Pixyer's public showcase with their authorization for that asset (D1). It
/// exists only while published: withdrawing the authorization, deleting the asset or closing the account removes it.
/// </summary>
public sealed class Showcase
{
    public const int TitleMaxLength = 120;

    private Showcase()
    {
    }

    public ShowcaseId Id { get; private set; }

    public AssetId AssetId { get; private set; }

    /// <summary>The asset's owner, whose authorization it rests on; never shown to the public.</summary>
    public AccountId OwnerId { get; private set; }

    /// <summary>The caption staff gave it; it describes the person's asset.</summary>
    [PersonalData]
    public string Title { get; private set; } = "";

    public DateTimeOffset PublishedAt { get; private set; }

    /// <summary>The consent scope that authorizes publishing <paramref name="asset"/>, and nothing else.</summary>
    public static string ConsentScopeOf(AssetId asset) => $"asset:{asset.Value}";

    public static Showcase Publish(AssetId asset, AccountId owner, string title, DateTimeOffset now) =>
        new()
        {
            Id = ShowcaseId.New(),
            AssetId = asset,
            OwnerId = owner,
            Title = title,
            PublishedAt = now,
        };
}
