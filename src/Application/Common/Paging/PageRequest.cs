namespace Pixyer.Application.Common.Paging;

/// <summary>1-based page number and page size, as the API takes them (<c>?page=&amp;pageSize=</c>).</summary>
public sealed record PageRequest(int Page = 1, int PageSize = PageRequest.DefaultPageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>Deeper than any list goes, and far below where <see cref="Skip"/> would overflow (int.MaxValue / MaxPageSize).</summary>
    public const int MaxPage = 1_000_000;

    public int Skip => (Page - 1) * PageSize;
}
