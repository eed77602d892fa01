namespace Pixyer.Domain.Advertising;

/// <summary>
/// The closed list of personalized-advertising segments (U3), spelled in snake_case on the wire and in the database.
/// Each says one thing about a person's recent use of Pixyer and nothing more: the templates they generated with, the
/// plan they are on, and how much they generate.
/// </summary>
public enum AdSegment
{
    /// <summary>Generated with the studio template in the activity window.</summary>
    TemplateStudio,

    /// <summary>Generated with the gradient template in the activity window.</summary>
    TemplateGradient,

    /// <summary>Generated with the surface-shadow template in the activity window.</summary>
    TemplateSurfaceShadow,

    /// <summary>No running subscription.</summary>
    FreePlan,

    /// <summary>A running subscription billed monthly.</summary>
    MonthlyPlan,

    /// <summary>A running subscription billed yearly.</summary>
    YearlyPlan,

    /// <summary>1 to 4 generations requested in the activity window.</summary>
    OccasionalCreator,

    /// <summary>5 to 19 generations requested in the activity window.</summary>
    RegularCreator,

    /// <summary>20 or more generations requested in the activity window.</summary>
    PowerCreator,
}
