using FluentValidation;
using Pixyer.Application.Common.Paging;

namespace Pixyer.Application.Features.Uploads.ListMyUploads;

public sealed class ListMyUploadsQueryValidator : AbstractValidator<ListMyUploadsQuery>
{
    public ListMyUploadsQueryValidator() => RuleFor(q => q.Page).ValidPage();
}
