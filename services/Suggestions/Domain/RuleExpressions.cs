using System.Linq.Expressions;
using System.Runtime.CompilerServices;

namespace RenminDaibiao.Suggestions.Domain;

/// <summary>Binds a rule written once as an expression to its arguments, so a query can use it and EF sends the arguments as parameters.</summary>
public static class RuleExpressions
{
    /// <summary>The rule for one value of its second parameter.</summary>
    public static Expression<Func<T, bool>> Bind<T, TArg>(Expression<Func<T, TArg, bool>> rule, TArg argument)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var body = new Replacer(rule.Parameters[1], Captured(argument)).Visit(rule.Body);
        return Expression.Lambda<Func<T, bool>>(body, rule.Parameters[0]);
    }

    /// <summary>The rule for values of its second and third parameters.</summary>
    public static Expression<Func<T, bool>> Bind<T, TArg1, TArg2>(Expression<Func<T, TArg1, TArg2, bool>> rule, TArg1 first, TArg2 second)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var body = new Replacer(rule.Parameters[1], Captured(first)).Visit(rule.Body);
        body = new Replacer(rule.Parameters[2], Captured(second)).Visit(body);
        return Expression.Lambda<Func<T, bool>>(body, rule.Parameters[0]);
    }

    /// <summary>The negation of a bound rule.</summary>
    public static Expression<Func<T, bool>> Not<T>(Expression<Func<T, bool>> rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return Expression.Lambda<Func<T, bool>>(Expression.Not(rule.Body), rule.Parameters);
    }

    /// <summary>Both bound rules, for one query.</summary>
    public static Expression<Func<T, bool>> And<T>(Expression<Func<T, bool>> left, Expression<Func<T, bool>> right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return Expression.Lambda<Func<T, bool>>(Expression.AndAlso(left.Body, Apply(right, left.Parameters[0])), left.Parameters);
    }

    /// <summary>The rule <paramref name="rule"/> applied to <paramref name="argument"/> inside another expression.</summary>
    public static Expression Apply<T>(Expression<Func<T, bool>> rule, Expression argument)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new Replacer(rule.Parameters[0], argument).Visit(rule.Body);
    }

    /// <summary>A projection whose second parameter is the value of a bound rule for the same item, for a query.</summary>
    public static Expression<Func<T, TResult>> Inline<T, TResult>(Expression<Func<T, bool, TResult>> template, Expression<Func<T, bool>> rule)
    {
        ArgumentNullException.ThrowIfNull(template);
        var item = template.Parameters[0];
        var body = new Replacer(template.Parameters[1], Apply(rule, item)).Visit(template.Body);
        return Expression.Lambda<Func<T, TResult>>(body, item);
    }

    // A field of a closure-like object, as a captured variable is: EF turns it into a query parameter, not a constant.
    private static MemberExpression Captured<TArg>(TArg value) =>
        Expression.Field(Expression.Constant(new StrongBox<TArg>(value)), nameof(StrongBox<TArg>.Value));

    private sealed class Replacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : base.VisitParameter(node);
    }
}
