using Pixyer.Application.Common.Paging;

namespace Pixyer.Api.Endpoints;

/// <summary>Binds <c>?page=&amp;pageSize=</c>; out-of-range values are reported by the request's validator.</summary>
public static class Paging
{
    public static PageRequest From(int? page, int? pageSize) => new(page ?? 1, pageSize ?? PageRequest.DefaultPageSize);
}
