using Microsoft.AspNetCore.Mvc;

namespace Pixyer.Api.Errors;

/// <summary>
/// The most a problem response holds: every text field (type, title, detail, instance, each validation message) at most
/// <see cref="TextMaxLength"/> characters and at most <see cref="MessagesPerField"/> messages per field. Ours are far
/// shorter; the cut only keeps a long request path or an unforeseen message from breaking what the document promises.
/// </summary>
public static class ProblemBounds
{
    public const int TextMaxLength = 2048;
    public const int MessagesPerField = 16;

    public static void Apply(ProblemDetails problem)
    {
        problem.Type = Cut(problem.Type);
        problem.Title = Cut(problem.Title);
        problem.Detail = Cut(problem.Detail);
        problem.Instance = Cut(problem.Instance);
        if (problem is HttpValidationProblemDetails validation)
        {
            foreach (var (field, messages) in validation.Errors.ToList())
            {
                validation.Errors[field] = [.. messages.Take(MessagesPerField).Select(m => Cut(m)!)];
            }
        }
    }

    private static string? Cut(string? text) => text is { Length: > TextMaxLength } ? text[..TextMaxLength] : text;
}
