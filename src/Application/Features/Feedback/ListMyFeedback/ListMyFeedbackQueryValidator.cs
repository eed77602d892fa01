using FluentValidation;
using Pixyer.Application.Common.Paging;

namespace Pixyer.Application.Features.Feedback.ListMyFeedback;

public sealed class ListMyFeedbackQueryValidator : AbstractValidator<ListMyFeedbackQuery>
{
    public ListMyFeedbackQueryValidator() => RuleFor(q => q.Page).ValidPage();
}
