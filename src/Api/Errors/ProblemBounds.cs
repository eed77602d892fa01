using Microsoft.AspNetCore.Mvc;
using Pixyer.Domain.Common;

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
        problem.Type = TextBounds.Cut(problem.Type, TextMaxLength);
        problem.Title = TextBounds.Cut(problem.Title, TextMaxLength);
        problem.Detail = TextBounds.Cut(problem.Detail, TextMaxLength);
        problem.Instance = TextBounds.Cut(problem.Instance, TextMaxLength);
        if (problem is HttpValidationProblemDetails validation)
        {
            foreach (var (field, messages) in validation.Errors.ToList())
            {
                validation.Errors[field] = [.. messages.Take(MessagesPerField).Select(m => TextBounds.Cut(m, TextMaxLength))];
            }
        }
    }
}
