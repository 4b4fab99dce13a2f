using System.Linq.Expressions;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace RenminDaibiao.ServiceDefaults.Authentication;

/// <summary>A record that belongs to one administrative division.</summary>
public interface IDivisionScoped
{
    string DivisionCode { get; }
}

/// <summary>A DbContext whose division-scoped records are filtered to the caller's subtree.</summary>
public interface IDivisionScopedContext
{
    /// <summary>The code prefix the caller may see; null when no user is involved (consumers, jobs).</summary>
    string? DivisionScopePrefix { get; }
}

/// <summary>
/// The one tenancy mechanism: every query of an <see cref="IDivisionScoped"/> entity is limited to the
/// caller's division and the divisions below it, so a record of a sibling or parent division is
/// simply not found (404, never a leak that it exists).
/// </summary>
public static class DivisionScope
{
    /// <summary>A prefix no division code starts with: an anonymous request sees nothing unless the endpoint opts out explicitly.</summary>
    private const string NothingVisible = "-";

    /// <summary>The prefix for the current request: the caller's subtree, nothing for anonymous callers, everything outside requests.</summary>
    public static string? PrefixFor(IHttpContextAccessor accessor)
    {
        if (accessor.HttpContext is not { } http)
        {
            return null;
        }

        var division = http.User.FindFirst(PlatformClaims.Division)?.Value;
        return http.User.Identity?.IsAuthenticated == true && DivisionCodes.IsValid(division)
            ? DivisionCodes.ScopePrefix(division!)
            : NothingVisible;
    }

    /// <summary>Adds the scope filter to every entity type that implements <see cref="IDivisionScoped"/>.</summary>
    public static ModelBuilder ApplyDivisionScope<TContext>(this ModelBuilder modelBuilder, TContext context)
        where TContext : DbContext, IDivisionScopedContext
    {
        var startsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
        foreach (var entityType in modelBuilder.Model.GetEntityTypes()
                     .Where(type => typeof(IDivisionScoped).IsAssignableFrom(type.ClrType) && type.BaseType is null))
        {
            // e => context.DivisionScopePrefix == null || e.DivisionCode.StartsWith(context.DivisionScopePrefix)
            // Referencing the context instance makes EF read the prefix per query, not once per model.
            var entity = Expression.Parameter(entityType.ClrType, "e");
            var prefix = Expression.Property(Expression.Constant(context), nameof(IDivisionScopedContext.DivisionScopePrefix));
            var code = Expression.Property(entity, nameof(IDivisionScoped.DivisionCode));
            var filter = Expression.OrElse(
                Expression.Equal(prefix, Expression.Constant(null, typeof(string))),
                Expression.Call(code, startsWith, prefix));
            modelBuilder.Entity(entityType.ClrType).HasQueryFilter(Expression.Lambda(filter, entity));
        }

        return modelBuilder;
    }
}
