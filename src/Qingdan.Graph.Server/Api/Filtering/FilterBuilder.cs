using System.Globalization;
using System.Linq.Expressions;
using GraphQL;

namespace Qingdan.Graph.Server.Api.Filtering;

/// <summary>
/// Turns a <c>where</c> argument into a LINQ predicate the store translates to SQL: each field's
/// operators are and-ed, <c>and</c>/<c>or</c>/<c>not</c> combine filters, nested filters reach related
/// entities. Values are parameters, never text in the SQL.
/// </summary>
internal sealed class FilterBuilder<T>
{
    private readonly Dictionary<string, Func<object?, Expression, Expression>> _fields = new(StringComparer.Ordinal);

    public FilterBuilder<T> String(string name, Expression<Func<T, string?>> selector) => Add(name, selector, StringOps);

    public FilterBuilder<T> Decimal(string name, Expression<Func<T, decimal?>> selector) => Add(name, selector, NumberOps);

    public FilterBuilder<T> DateTime(string name, Expression<Func<T, DateTime>> selector) => Add(name, selector, DateOps);

    public FilterBuilder<T> Date(string name, Expression<Func<T, DateOnly?>> selector)
        => Add(name, selector, (value, body) => Ops(value, body, typeof(DateOnly?)));

    public FilterBuilder<T> Int(string name, Expression<Func<T, int?>> selector)
        => Add(name, selector, (value, body) => Ops(value, body, typeof(int?)));

    /// <summary>An enum field filtered by its value (a vocabulary enum's) or its wire word; an unknown word is an error naming the words it
    /// takes.</summary>
    public FilterBuilder<T> Word<TEnum>(string name, Expression<Func<T, TEnum?>> selector)
        where TEnum : struct, Enum => Add(name, selector, (value, body) =>
        {
            object? Parse(object? word) => word is null or TEnum
                ? word
                : Qingdan.Graph.Core.Model.Wire.TryParse<TEnum>(word.ToString(), out var parsed)
                ? parsed
                : throw new ExecutionError($"'{word}' is not one of {string.Join(", ", Qingdan.Graph.Core.Model.Wire.All<TEnum>())}.")
                {
                    Code = "BAD_ARGUMENT"
                };
            var ops = ((IDictionary<string, object?>)value!).ToDictionary(
                p => p.Key,
                p => p.Value is IEnumerable<object?> list ? (object?)list.Select(Parse).ToList() : Parse(p.Value));
            return Ops(ops, body, typeof(TEnum?));
        });

    public FilterBuilder<T> Boolean(string name, Expression<Func<T, bool>> selector)
        => Add(name, selector, (value, body) => Ops(value, body, typeof(bool)));

    /// <summary>An id field: the ids are the API's (<c>f_12</c>, <c>p_3</c>); the prefix is dropped.</summary>
    public FilterBuilder<T> Id(string name, Expression<Func<T, long>> selector) => Add(name, selector, IdOps);

    /// <summary>A nested filter, reaching a related entity through a predicate factory.</summary>
    public FilterBuilder<T> Nested(string name, Func<IDictionary<string, object?>, Expression<Func<T, bool>>> nested)
    {
        _fields[name] = (value, parameter) => Invoke(nested((IDictionary<string, object?>)value!), (ParameterExpression)parameter);
        return this;
    }

    public Expression<Func<T, bool>> Build(IDictionary<string, object?>? filter)
    {
        var parameter = Expression.Parameter(typeof(T), "x");
        return Expression.Lambda<Func<T, bool>>(Body(filter, parameter), parameter);
    }

    private Expression Body(IDictionary<string, object?>? filter, ParameterExpression parameter)
    {
        Expression result = Expression.Constant(true);
        if (filter is null)
        {
            return result;
        }

        foreach (var (name, value) in filter)
        {
            if (value is null)
            {
                continue;
            }

            Expression part = name switch
            {
                "and" => ((IEnumerable<object?>)value).Select(v => Body((IDictionary<string, object?>?)v, parameter))
                    .Aggregate((Expression)Expression.Constant(true), Expression.AndAlso),
                "or" => ((IEnumerable<object?>)value).Select(v => Body((IDictionary<string, object?>?)v, parameter))
                    .DefaultIfEmpty(Expression.Constant(true))
                    .Aggregate(Expression.OrElse),
                "not" => Expression.Not(Body((IDictionary<string, object?>)value, parameter)),
                _ when _fields.TryGetValue(name, out var field) => field(value, parameter),
                _ => throw new ExecutionError($"Unknown filter field '{name}'."),
            };
            result = Expression.AndAlso(result, part);
        }

        return result;
    }

    private FilterBuilder<T> Add<TValue>(string name, Expression<Func<T, TValue>> selector, Func<object?, Expression, Expression> ops)
    {
        _fields[name] = (value, parameter) => ops(value, Invoke(selector, (ParameterExpression)parameter));
        return this;
    }

    private static Expression Invoke(LambdaExpression selector, ParameterExpression parameter) =>
        new Replace(selector.Parameters[0], parameter).Visit(selector.Body);

    private static Expression StringOps(object? value, Expression field)
    {
        Expression result = Expression.Constant(true);
        foreach (var (op, operand) in (IDictionary<string, object?>)value!)
        {
            if (operand is null)
            {
                continue;
            }

            Expression part = op switch
            {
                "contains" => Expression.Call(
                    field,
                    typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!,
                    Constant((string)operand, typeof(string))),
                "startsWith" => Expression.Call(
                    field,
                    typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!,
                    Constant((string)operand, typeof(string))),
                _ => Compare(op, operand, field, typeof(string)),
            };
            if (op is "contains" or "startsWith")
            {
                part = Expression.AndAlso(Expression.NotEqual(field, Expression.Constant(null, typeof(string))), part);
            }

            result = Expression.AndAlso(result, part);
        }

        return result;
    }

    private static Expression NumberOps(object? value, Expression field) => Ops(value, field, typeof(decimal?));

    private static Expression DateOps(object? value, Expression field) => Ops(value, field, typeof(DateTime));

    private static Expression IdOps(object? value, Expression field)
    {
        static long Parse(
            object? id) => id?.ToString() is { } text && long.TryParse(text.Contains('_', StringComparison.Ordinal) ? text[(text.IndexOf('_', StringComparison.Ordinal) + 1)..] : text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new ExecutionError($"'{id}' is not an id.") { Code = "BAD_ARGUMENT" };
        var ops = ((IDictionary<string, object?>)value!).ToDictionary(
            p => p.Key,
            p => p.Value is IEnumerable<object?> list
                ? (object?)list.Select(Parse).Cast<object?>().ToList()
                : p.Value is null ? null : Parse(p.Value));
        return Ops(ops, field, typeof(long));
    }

    private static Expression Ops(object? value, Expression field, Type type)
    {
        Expression result = Expression.Constant(true);
        foreach (var (op, operand) in (IDictionary<string, object?>)value!)
        {
            if (operand is not null)
            {
                result = Expression.AndAlso(result, Compare(op, operand, field, type));
            }
        }

        return result;
    }

    private static Expression Compare(string op, object operand, Expression field, Type type)
    {
        // SQLite keeps decimals as text, and rows written by the bulk ingest need not be spelled as EF
        // Core spells a parameter; its ordered comparisons are numeric, so equality is said with them.
        if (type == typeof(decimal?) && op is "eq" or "neq" or "in")
        {
            var values = op == "in" ? ((IEnumerable<object?>)operand).ToList() : [operand];
            var any = values.Select(v => (Expression)Expression.AndAlso(Compare("gte", v!, field, type), Compare("lte", v!, field, type)))
                .DefaultIfEmpty(Expression.Constant(false)).Aggregate(Expression.OrElse);
            return op == "neq" ? Expression.Not(any) : any;
        }

        if (op == "in")
        {
            var items = ((IEnumerable<object?>)operand).Select(o => Convert(o, type)).ToList();
            var list = typeof(List<>).MakeGenericType(type);
            var typed = Activator.CreateInstance(list)!;
            foreach (var item in items)
            {
                list.GetMethod("Add")!.Invoke(typed, [item]);
            }

            return Expression.Call(Constant(typed, list), list.GetMethod("Contains")!, Expression.Convert(field, type));
        }

        var right = Constant(Convert(operand, type), type);
        var left = field.Type == type ? field : Expression.Convert(field, type);
        return op switch
        {
            "eq" => Expression.Equal(left, right),
            "neq" => Expression.NotEqual(left, right),
            "gt" => Expression.GreaterThan(left, right),
            "gte" => Expression.GreaterThanOrEqual(left, right),
            "lt" => Expression.LessThan(left, right),
            "lte" => Expression.LessThanOrEqual(left, right),
            _ => throw new ExecutionError($"Unknown operator '{op}'."),
        };
    }

    private static object? Convert(object? value, Type type) => value switch
    {
        null => null,
        DateTimeOffset offset when type == typeof(DateTime) => offset.UtcDateTime,
        DateTime time when type == typeof(DateTime) => time.ToUniversalTime(),
        _ when type == typeof(decimal?) => System.Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        _ when type == typeof(long) => System.Convert.ToInt64(value, CultureInfo.InvariantCulture),
        _ when type == typeof(int?) => System.Convert.ToInt32(value, CultureInfo.InvariantCulture),
        DateTime day when type == typeof(DateOnly?) => DateOnly.FromDateTime(day),
        _ => value,
    };

    // A captured value, so that EF Core sends it as a parameter rather than inlining it in SQL.
    private static Expression Constant(object? value, Type type)
    {
        var box = Activator.CreateInstance(typeof(FilterValue<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(box), "Value");
    }

    private sealed class Replace(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
