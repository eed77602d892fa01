namespace Pixyer.Application.Features.Accounts;

/// <summary>Obligation P2: complex passwords, at registration and at every change.</summary>
public static class PasswordPolicy
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 128;

    public static readonly string TooLongMessage = $"Password must be at most {MaximumLength} characters long.";
    public const int RequiredCharacterClasses = 3;

    /// <summary>The rules <paramref name="password"/> breaks; empty when it is acceptable.</summary>
    public static IEnumerable<string> Violations(string? password, string? username, string? email)
    {
        if (string.IsNullOrEmpty(password))
        {
            yield return "Password is required.";
            yield break;
        }

        if (password.Length < MinimumLength)
        {
            yield return $"Password must be at least {MinimumLength} characters long.";
        }

        if (password.Length > MaximumLength)
        {
            yield return TooLongMessage;
        }

        if (CharacterClasses(password) < RequiredCharacterClasses)
        {
            yield return $"Password must mix at least {RequiredCharacterClasses} of: lower-case letters, upper-case letters, digits, symbols.";
        }

        if (Contains(password, username))
        {
            yield return "Password must not contain the username.";
        }

        if (Contains(password, email?.Split('@')[0]))
        {
            yield return "Password must not contain the email address.";
        }
    }

    private static int CharacterClasses(string password) =>
        new[]
        {
            password.Any(char.IsLower),
            password.Any(char.IsUpper),
            password.Any(char.IsDigit),
            password.Any(c => !char.IsLetterOrDigit(c)),
        }.Count(present => present);

    private static bool Contains(string password, string? part) =>
        !string.IsNullOrWhiteSpace(part) && part.Trim().Length >= 3
        && password.Contains(part.Trim(), StringComparison.OrdinalIgnoreCase);
}
