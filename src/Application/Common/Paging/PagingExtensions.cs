using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Pixyer.Application.Common.Paging;

public static class PagingExtensions
{
    public static async Task<Paged<T>> ToPageAsync<T>(this IQueryable<T> query, PageRequest page, CancellationToken cancellationToken)
    {
        var total = await query.CountAsync(cancellationToken);
        var items = await query.Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return new Paged<T>(items, page.Page, page.PageSize, total);
    }

    public static IRuleBuilderOptions<T, PageRequest> ValidPage<T>(this IRuleBuilder<T, PageRequest> rule) =>
        rule.NotNull()
            .Must(p => p.Page is >= 1 and <= PageRequest.MaxPage).WithMessage($"page must be between 1 and {PageRequest.MaxPage}.")
            .Must(p => p.PageSize is >= 1 and <= PageRequest.MaxPageSize)
            .WithMessage($"pageSize must be between 1 and {PageRequest.MaxPageSize}.");
}
