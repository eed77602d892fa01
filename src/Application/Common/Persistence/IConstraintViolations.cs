namespace Pixyer.Application.Common.Persistence;

/// <summary>Recognises the store's refusals, whatever the provider.</summary>
public interface IConstraintViolations
{
    /// <summary>True when a unique index refused the write (a concurrent duplicate).</summary>
    bool IsUniqueViolation(Exception exception);

    /// <summary>True when a foreign key refused the write (the row it points at was deleted meanwhile).</summary>
    bool IsForeignKeyViolation(Exception exception);
}
