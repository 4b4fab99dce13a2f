using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Primitives;

namespace RenminDaibiao.ServiceDefaults;

/// <summary>One page of a list, the one shape every list endpoint answers with; <c>page</c> is 1-based.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

/// <summary>Which page a caller asked for, checked against the one default and the one maximum of the platform.</summary>
public readonly record struct PageRequest(int Number, int Size)
{
    public int Skip => (Number - 1) * Size;
}

public static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>The page asked for by the <c>page</c> and <c>pageSize</c> query parameters; out-of-range values are errors, never clamped.</summary>
    public static PageRequest Read(int? page, int? pageSize, DomainErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (page is < 1)
        {
            errors.Add("page", "页码应从 1 开始。");
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors.Add("pageSize", $"每页条数应在 1 到 {MaxPageSize} 之间。");
        }

        return new PageRequest(Math.Max(page ?? 1, 1), Math.Clamp(pageSize ?? DefaultPageSize, 1, MaxPageSize));
    }

    /// <summary>The requested page of an ordered query, with the total count of the whole query.</summary>
    public static async Task<PagedList<T>> ToPageAsync<T>(this IQueryable<T> orderedQuery, PageRequest request, CancellationToken cancellationToken)
    {
        var total = await orderedQuery.CountAsync(cancellationToken).ConfigureAwait(false);
        var items = await orderedQuery.Skip(request.Skip).Take(request.Size).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new PagedList<T>(items, request.Number, request.Size, total);
    }

    /// <summary>The requested page of a list already in memory, for rules a query cannot express.</summary>
    public static PagedList<T> ToPage<T>(this IReadOnlyList<T> ordered, PageRequest request)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        return new PagedList<T>([.. ordered.Skip(request.Skip).Take(request.Size)], request.Number, request.Size, ordered.Count);
    }

    /// <summary>The page with its items turned into what the API shows.</summary>
    public static PagedList<TOut> Select<TIn, TOut>(this PagedList<TIn> page, Func<TIn, TOut> map)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new PagedList<TOut>([.. page.Items.Select(map)], page.Page, page.PageSize, page.Total);
    }
}
