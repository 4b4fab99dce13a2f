using System.Globalization;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using RenminDaibiao.ServiceDefaults.Authentication;
using Xunit;

namespace RenminDaibiao.TestSupport;

/// <summary>What a service's sweep needs to know beyond what its endpoint data source says.</summary>
public sealed class BadInputSweepOptions
{
    /// <summary>The started service's root provider (the factory's <c>Services</c>).</summary>
    public required IServiceProvider Services { get; init; }

    /// <summary>A client of the service in process (the factory's <c>CreateClient</c>).</summary>
    public required Func<HttpClient> CreateClient { get; init; }

    /// <summary>The service's own database: route values are read from it and its rows are counted.</summary>
    public required string DatabaseConnectionString { get; init; }

    /// <summary>The caller's division: the top division of the service's data, so scoping hides nothing.</summary>
    public required string DivisionCode { get; init; }

    /// <summary>Roles in the order the sweep prefers them when an endpoint's policies allow several (or set none).</summary>
    public IReadOnlyList<string> RolePreference { get; init; } = [Roles.CommitteeStaff, Roles.Admin, Roles.StationStaff, Roles.Deputy, Roles.HandlingUnit, Roles.Citizen];

    /// <summary>Per route template (as in <see cref="RoutePattern.RawText"/>, trailing slash trimmed): the role to call it with.</summary>
    public IReadOnlyDictionary<string, string> RoleOverrides { get; init; } = new Dictionary<string, string>();

    /// <summary>The token for a role; by default <see cref="TestTokens.Subject"/> in <see cref="DivisionCode"/>.</summary>
    public Func<string, TokenSubject>? Subject { get; init; }

    /// <summary>
    /// Per route template: SQL returning one row whose columns are named after the route parameters (e.g.
    /// <c>SELECT deputy_id AS id, id AS "seatId" FROM deputy_seats LIMIT 1</c>). Templates not listed are
    /// resolved by convention (the segment before <c>{id}</c>, or the parameter's name, names a table).
    /// </summary>
    public IReadOnlyDictionary<string, string> RouteValueQueries { get; init; } = new Dictionary<string, string>();

    /// <summary>Plausible values for body properties by JSON name (case-insensitive), where the defaults would not pass validation.</summary>
    public IReadOnlyDictionary<string, JsonNode?> PropertyValues { get; init; } = new Dictionary<string, JsonNode?>();

    /// <summary>Tables that are not counted (besides the migrations history and the message inbox): audit trails, background churn.</summary>
    public IReadOnlyCollection<string> IgnoredTables { get; init; } = [];
}

/// <summary>One request the sweep sent that broke a rule.</summary>
public sealed record SweepFailure(string Method, string Route, string Case, int Status, string Problem, string Excerpt)
{
    public override string ToString() => $"{Method} {Route} | {Case} | {Status} | {Problem} | {Excerpt}";
}

/// <summary>What one sweep did and found.</summary>
public sealed record SweepReport(
    IReadOnlyList<string> Endpoints, int Requests, IReadOnlyList<SweepFailure> Failures, IReadOnlyList<string> Notes)
{
    public string Summary()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{Endpoints.Count} write endpoints, {Requests} requests, {Failures.Count} failures.");
        foreach (var endpoint in Endpoints)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  endpoint {endpoint}");
        }

        foreach (var note in Notes)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  note {note}");
        }

        foreach (var failure in Failures)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  FAIL {failure}");
        }

        return text.ToString();
    }

    /// <summary>Fails once, listing every failure, so one run shows everything.</summary>
    public void AssertNoFailures()
    {
        if (Failures.Count == 0)
        {
            return;
        }

        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{Failures.Count} of {Requests} malformed requests to {Endpoints.Count} write endpoints were not answered as required:");
        foreach (var group in Failures.GroupBy(failure => $"{failure.Method} {failure.Route}"))
        {
            text.AppendLine(group.Key);
            foreach (var failure in group)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    {failure.Case} -> {failure.Status}: {failure.Problem} | {failure.Excerpt}");
            }
        }

        Assert.Fail(text.ToString());
    }
}

/// <summary>
/// Sends malformed input to every write endpoint of a started service, enumerated from its own
/// <see cref="EndpointDataSource"/>: empty and invalid bodies, wrong JSON types, <c>null</c> in arrays, missing
/// fields, over-long strings, huge arrays, invalid enums and dates, unknown ids. Rules: never a 5xx; a 400 is
/// <c>application/problem+json</c> with errors naming a field (the very field, where the JSON could not be read);
/// over-long strings and huge arrays are refused (4xx); a 400 leaves every table's row count unchanged.
/// </summary>
public static class BadInputSweep
{
    public const int OverLongStringLength = 100_000;
    public const int HugeArrayLength = 5_000;

    private static readonly string[] WriteMethods = [HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete];

    private static readonly HashSet<string> EnumLikeNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "kind", "level", "status", "gender", "mode", "channel", "tier", "choice", "source", "stage", "type", "category",
        "role", "roles", "outcome", "result", "decision", "priority", "tiers", "channels", "kinds",
    };

    private static readonly Type[] NumberTypes =
    [
        typeof(byte), typeof(sbyte), typeof(short), typeof(ushort), typeof(int), typeof(uint), typeof(long), typeof(ulong),
        typeof(float), typeof(double), typeof(decimal),
    ];

    /// <summary>One value from the service's database, for arranging a sweep (a deputy id, a unit code); null when no row.</summary>
    public static async Task<T?> QueryAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync() is T value ? value : default;
    }

    public static async Task<SweepReport> RunAsync(BadInputSweepOptions options)
    {
        var run = new SweepRun(options);
        await run.RunAsync();
        return new SweepReport(run.Endpoints, run.Requests, run.Failures, run.Notes);
    }

    private enum ValueKind
    {
        String,
        Number,
        Bool,
        Guid,
        Date,
        Time,
        Enum,
        Bytes,
        Array,
        Object,
        Dictionary,
        Other,
    }

    /// <summary>The expectation a case adds to the rules every request must keep.</summary>
    private enum Expect
    {
        /// <summary>No 5xx; a 400 names a field and stores nothing.</summary>
        Basics,

        /// <summary>As <see cref="Basics"/>, and it must be refused: any 4xx.</summary>
        Refused,

        /// <summary>As <see cref="Refused"/>, and a 400 must name the field at <see cref="BodyCase.Field"/>.</summary>
        RefusedNamingField,
    }

    private sealed record BodyCase(string Name, HttpContent? Content, Expect Expect, string? Field = null, bool RandomRoute = false);

    private sealed record Step(string? Property, bool Index)
    {
        public override string ToString() => Index ? "[0]" : Property!;
    }

    private sealed class SweepRun(BadInputSweepOptions options)
    {
        private readonly JsonSerializerOptions _json = JsonOptionsOf(options.Services);
        private readonly Dictionary<string, HttpClient> _clients = [];
        private readonly Dictionary<string, List<Guid>> _idsByTable = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _countedTables = new(StringComparer.Ordinal);
        private readonly NullabilityInfoContext _nullability = new();
        private List<(string Table, List<string> Columns)> _tables = [];

        public List<string> Endpoints { get; } = [];

        public List<SweepFailure> Failures { get; } = [];

        public List<string> Notes { get; } = [];

        public int Requests { get; private set; }

        public async Task RunAsync()
        {
            // Migrations and demo data run at start-up; the service reports ready once they (and the bus) are done.
            using (var health = options.CreateClient())
            {
                await Eventually.HoldsAsync(
                    async () =>
                    {
                        using var response = await health.GetAsync("/health");
                        return response.IsSuccessStatusCode;
                    },
                    "the service reports ready",
                    TimeSpan.FromSeconds(60));
            }

            await using var connection = new NpgsqlConnection(options.DatabaseConnectionString);
            await connection.OpenAsync();
            await ReadSchemaAsync(connection);
            await WaitUntilQuietAsync(connection);

            var endpoints = options.Services.GetServices<EndpointDataSource>()
                .SelectMany(source => source.Endpoints)
                .OfType<RouteEndpoint>()
                .Select(endpoint => (Endpoint: endpoint, Method: endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods
                    .FirstOrDefault(method => WriteMethods.Contains(method, StringComparer.OrdinalIgnoreCase))))
                .Where(item => item.Method is not null)
                .OrderBy(item => item.Endpoint.RoutePattern.RawText, StringComparer.Ordinal)
                .ThenBy(item => item.Method, StringComparer.Ordinal)
                .ToList();
            Assert.NotEmpty(endpoints);

            foreach (var (endpoint, method) in endpoints)
            {
                try
                {
                    await SweepEndpointAsync(connection, endpoint, method!);
                }
                finally
                {
                    foreach (var client in _clients.Values)
                    {
                        client.Dispose();
                    }

                    _clients.Clear();
                }
            }
        }

        private async Task SweepEndpointAsync(NpgsqlConnection connection, RouteEndpoint endpoint, string method)
        {
            var template = Template(endpoint);
            var role = await RoleForAsync(endpoint, template);
            var bodyType = BodyTypeOf(endpoint, out var bodyIsJson);
            var routeValues = await RouteValuesAsync(connection, endpoint, template);
            var resolved = routeValues.Count(pair => pair.Value.Existing);
            Endpoints.Add($"{method} {template} as {role ?? "anonymous"}; body {(bodyType is null ? "none" : bodyType.Name + (bodyIsJson ? "" : " (not JSON)"))}; "
                + $"route values {resolved}/{routeValues.Count} existing");

            var cases = new List<BodyCase>();
            if (bodyType is null || !bodyIsJson)
            {
                // Nothing to malform but the route: unknown ids (and an empty body where one is read).
                if (routeValues.Count > 0)
                {
                    cases.Add(new BodyCase("unknown route ids", null, Expect.Basics, RandomRoute: true));
                }

                if (bodyType is not null)
                {
                    cases.Add(new BodyCase("empty body", Json(""), Expect.Basics));
                }
            }
            else
            {
                cases.AddRange(BodyCases(bodyType, routeValues.Count > 0));
            }

            var before = await SnapshotAsync(connection);
            var statuses = new List<int>();
            var plausibleErrors = "";
            var inconclusive = 0;
            foreach (var @case in cases)
            {
                var url = Url(endpoint, routeValues, @case.RandomRoute);
                using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = @case.Content };
                request.Headers.TryAddWithoutValidation("X-Forwarded-For", $"10.{Random.Shared.Next(256)}.{Random.Shared.Next(256)}.{Random.Shared.Next(1, 255)}");
                string body;
                int status;
                string? mediaType;
                try
                {
                    using var response = await ClientFor(role).SendAsync(request);
                    status = (int)response.StatusCode;
                    mediaType = response.Content.Headers.ContentType?.MediaType;
                    body = await response.Content.ReadAsStringAsync();
                }
#pragma warning disable CA1031 // An exception escaping the service is exactly what the sweep reports.
                catch (Exception exception)
#pragma warning restore CA1031
                {
                    status = 500;
                    mediaType = null;
                    body = exception.GetType().Name + ": " + exception.Message;
                }

                Requests++;
                statuses.Add(status);
                if (@case.Name == "plausible body" && status == 400)
                {
                    plausibleErrors = string.Join(",", ErrorKeys(body));
                }
                else if (@case.Expect != Expect.Basics && status == 400 && plausibleErrors.Length > 0 && @case.Field is { } field
                    && !ErrorKeys(body).Any(key => NamesField(key, field)))
                {
                    // Refused, but for what the plausible body already got wrong: whether this field is checked is unknown.
                    inconclusive++;
                }

                var after = await SnapshotAsync(connection);
                foreach (var problem in Check(@case, status, mediaType, body, before, after))
                {
                    Failures.Add(new SweepFailure(method, template, @case.Name, status, problem, Excerpt(body)));
                }

                before = after;
            }

            var plausible = cases.FindIndex(@case => @case.Name == "plausible body");
            Endpoints[^1] += $"; {cases.Count} requests" + (plausible >= 0 ? $"; plausible body -> {statuses[plausible]}" : "")
                + (plausibleErrors.Length > 0 ? $" naming {plausibleErrors}" : "")
                + (inconclusive > 0 ? $"; {inconclusive} over-long/huge/null cases inconclusive (refused for the plausible body's errors only)" : "");
        }

        private static IEnumerable<string> Check(BodyCase @case, int status, string? mediaType, string body, string before, string after)
        {
            if (status >= 500)
            {
                yield return "server error";
                yield break;
            }

            if (@case.Expect != Expect.Basics && status < 400)
            {
                yield return body.Contains(new string('x', 1000), StringComparison.Ordinal) || !@case.Name.StartsWith("over-long", StringComparison.Ordinal)
                    ? "accepted (must be refused with 4xx)"
                    : "accepted (must be refused with 4xx; the response does not echo it, so this endpoint may ignore the field)";
            }

            if (status != 400)
            {
                yield break;
            }

            if (before != after)
            {
                yield return $"400 but rows changed: {Difference(before, after)}";
            }

            if (mediaType != "application/problem+json")
            {
                yield return $"400 is not problem details ({mediaType ?? "no content type"})";
                yield break;
            }

            JsonElement errors;
            try
            {
                using var document = JsonDocument.Parse(body);
                if (!document.RootElement.TryGetProperty("errors", out var found) || found.ValueKind != JsonValueKind.Object
                    || !found.EnumerateObject().Any())
                {
                    errors = default;
                }
                else
                {
                    errors = found.Clone();
                }
            }
            catch (JsonException)
            {
                errors = default;
            }

            if (errors.ValueKind != JsonValueKind.Object)
            {
                yield return "400 without errors naming a field";
                yield break;
            }

            if (@case.Expect == Expect.RefusedNamingField && @case.Field is { } field
                && !errors.EnumerateObject().Any(error => NamesField(error.Name, field)))
            {
                yield return $"400 does not name '{field}'";
            }
        }

        private static List<string> ErrorKeys(string body)
        {
            try
            {
                using var document = JsonDocument.Parse(body);
                return document.RootElement.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object
                    ? [.. errors.EnumerateObject().Select(error => error.Name)]
                    : [];
            }
            catch (JsonException)
            {
                return [];
            }
        }

        private static bool NamesField(string key, string field)
        {
            static string Normalize(string value) => value.StartsWith("$.", StringComparison.Ordinal) ? value[2..] : value;
            key = Normalize(key);
            return key.Equals(field, StringComparison.OrdinalIgnoreCase)
                || key.StartsWith(field + ".", StringComparison.OrdinalIgnoreCase)
                || key.StartsWith(field + "[", StringComparison.OrdinalIgnoreCase)
                || field.StartsWith(key + ".", StringComparison.OrdinalIgnoreCase)
                || field.StartsWith(key + "[", StringComparison.OrdinalIgnoreCase);
        }

        private List<BodyCase> BodyCases(Type bodyType, bool hasRouteValues)
        {
            var cases = new List<BodyCase>
            {
                new("empty body", Json(""), Expect.Basics),
                new("invalid JSON", Json("{"), Expect.Basics),
                new("body is an array", Json("[]"), Expect.Basics),
                new("all fields missing", Json("{}"), Expect.Basics),
            };
            var root = Plausible(bodyType, null, null, 0) ?? new JsonObject();
            cases.Add(new BodyCase("plausible body", Json(root), Expect.Basics));
            if (hasRouteValues)
            {
                cases.Add(new BodyCase("unknown route ids", Json(root), Expect.Basics, RandomRoute: true));
            }

            foreach (var (path, type, property) in Leaves(bodyType, [], null, 0).Where(leaf => Reachable(root, leaf.Path)))
            {
                var name = string.Concat(path.Select((step, i) => step.Index ? "[0]" : (i == 0 ? "" : ".") + step.Property));
                var kind = KindOf(type);
                var last = path.Count > 0 && !path[^1].Index ? path[^1].Property! : "";
                if (kind != ValueKind.Other)
                {
                    cases.Add(new BodyCase($"wrong type in {name}", Json(Replace(root, path, WrongType(kind))), Expect.RefusedNamingField, name));
                }

                switch (kind)
                {
                    case ValueKind.String:
                        cases.Add(new BodyCase($"over-long string in {name}", Json(Replace(root, path, new string('x', OverLongStringLength))), Expect.Refused, name));
                        if (EnumLikeNames.Contains(last) || (path.Count > 1 && path[^1].Index && EnumLikeNames.Contains(path[^2].Property ?? "")))
                        {
                            cases.Add(new BodyCase($"invalid enum in {name}", Json(Replace(root, path, "no-such-value")), Expect.Basics, name));
                        }

                        if (IsDateLikeName(last))
                        {
                            cases.Add(new BodyCase($"invalid date in {name}", Json(Replace(root, path, "2026-02-30T25:61:00")), Expect.Basics, name));
                        }

                        break;
                    case ValueKind.Enum:
                        cases.Add(new BodyCase($"invalid enum in {name}", Json(Replace(root, path, "no-such-value")), Expect.RefusedNamingField, name));
                        break;
                    case ValueKind.Date:
                        cases.Add(new BodyCase($"invalid date in {name}", Json(Replace(root, path, "2026-02-30")), Expect.RefusedNamingField, name));
                        break;
                    case ValueKind.Time:
                        cases.Add(new BodyCase($"invalid time in {name}", Json(Replace(root, path, "25:61")), Expect.RefusedNamingField, name));
                        break;
                    case ValueKind.Guid when last.EndsWith("id", StringComparison.OrdinalIgnoreCase) || path[^1].Index:
                        cases.Add(new BodyCase($"unknown id in {name}", Json(Replace(root, path, Guid.NewGuid().ToString())), Expect.Basics, name));
                        break;
                    case ValueKind.Array:
                        var element = ElementType(type);
                        var elementNullable = element is not null && (!element.IsValueType || Nullable.GetUnderlyingType(element) is not null)
                            && property is not null && ElementNullability(property) != NullabilityState.NotNull;
                        var nullInArray = new BodyCase($"null inside array {name}", Json(Replace(root, path, new JsonArray((JsonNode?)null))), elementNullable ? Expect.Basics : Expect.Refused, name);
                        cases.Add(nullInArray);
                        var one = element is null ? JsonValue.Create("x") : Plausible(element, null, last, 1);
                        var huge = new JsonArray();
                        for (var i = 0; i < HugeArrayLength; i++)
                        {
                            huge.Add(element is not null && KindOf(element) == ValueKind.Guid ? JsonValue.Create(Guid.NewGuid()) : one?.DeepClone());
                        }

                        cases.Add(new BodyCase($"{HugeArrayLength} elements in {name}", Json(Replace(root, path, huge)), Expect.Refused, name));
                        break;
                }
            }

            return cases;
        }

        /// <summary>Every property (depth first, through the first element of arrays) with its path; objects and arrays too.</summary>
        private IEnumerable<(List<Step> Path, Type Type, PropertyInfo? Property)> Leaves(Type type, List<Step> path, PropertyInfo? property, int depth)
        {
            if (path.Count > 0)
            {
                yield return (path, type, property);
            }

            if (depth > 4)
            {
                yield break;
            }

            switch (KindOf(type))
            {
                case ValueKind.Object:
                    foreach (var jsonProperty in _json.GetTypeInfo(Unwrap(type)).Properties.Where(p => p.Set is not null || p.AssociatedParameter is not null))
                    {
                        var clrProperty = Unwrap(type).GetProperty(jsonProperty.AttributeProvider is PropertyInfo info ? info.Name : jsonProperty.Name,
                            BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
                        foreach (var leaf in Leaves(jsonProperty.PropertyType, [.. path, new Step(jsonProperty.Name, false)], clrProperty, depth + 1))
                        {
                            yield return leaf;
                        }
                    }

                    break;
                case ValueKind.Array when ElementType(type) is { } element:
                    foreach (var leaf in Leaves(element, [.. path, new Step(null, true)], null, depth + 1))
                    {
                        yield return leaf;
                    }

                    break;
            }
        }

        private NullabilityState ElementNullability(PropertyInfo property)
        {
            var info = _nullability.Create(property);
            return info.ElementType?.ReadState ?? info.GenericTypeArguments.FirstOrDefault()?.ReadState ?? NullabilityState.Unknown;
        }

        private static JsonNode? WrongType(ValueKind kind) => kind switch
        {
            ValueKind.String or ValueKind.Guid or ValueKind.Date or ValueKind.Time or ValueKind.Bytes => JsonValue.Create(12345),
            ValueKind.Enum => JsonValue.Create(true),
            ValueKind.Number => JsonValue.Create("not-a-number"),
            ValueKind.Bool => JsonValue.Create(12345),
            ValueKind.Array => JsonValue.Create("not-an-array"),
            _ => JsonValue.Create("not-an-object"),
        };

        /// <summary>Whether the plausible body has the object or array that holds <paramref name="path"/> (a given value may be null).</summary>
        private static bool Reachable(JsonNode root, List<Step> path)
        {
            JsonNode? node = root;
            for (var i = 0; i < path.Count; i++)
            {
                if (path[i].Index ? node is not JsonArray { Count: > 0 } : node is not JsonObject)
                {
                    return false;
                }

                if (i < path.Count - 1)
                {
                    node = path[i].Index ? node.AsArray()[0] : node.AsObject()[path[i].Property!];
                }
            }

            return true;
        }

        private static JsonNode Replace(JsonNode root, List<Step> path, JsonNode? value)
        {
            var copy = root.DeepClone();
            JsonNode? parent = copy;
            for (var i = 0; i < path.Count - 1; i++)
            {
                parent = path[i].Index ? parent?.AsArray()[0] : parent?.AsObject()[path[i].Property!];
            }

            if (path[^1].Index)
            {
                parent!.AsArray()[0] = value;
            }
            else
            {
                parent!.AsObject()[path[^1].Property!] = value;
            }

            return copy;
        }

        private static JsonNode Replace(JsonNode root, List<Step> path, string value) => Replace(root, path, JsonValue.Create(value));

        /// <summary>A value that stands a chance of passing validation, so one bad property is what a case tests.</summary>
        private JsonNode? Plausible(Type type, string? name, string? parentName, int depth)
        {
            if (name is not null && options.PropertyValues.TryGetValue(name, out var given))
            {
                return given?.DeepClone();
            }

            var lower = name?.ToLowerInvariant() ?? "";
            var now = DateTimeOffset.UtcNow;
            switch (KindOf(type))
            {
                case ValueKind.String:
                    return JsonValue.Create(PlausibleString(lower));
                case ValueKind.Number:
                    return JsonValue.Create(lower.Contains("year", StringComparison.Ordinal) ? now.Year : 1);
                case ValueKind.Bool:
                    return JsonValue.Create(true);
                case ValueKind.Guid:
                    return JsonValue.Create(ExistingId(name ?? parentName) ?? Guid.NewGuid());
                case ValueKind.Date:
                    var underlying = Unwrap(type);
                    return underlying == typeof(DateOnly)
                        ? JsonValue.Create(DateOnly.FromDateTime(now.UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                        : JsonValue.Create(now.AddDays(7).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                case ValueKind.Time:
                    return JsonValue.Create(Unwrap(type) == typeof(TimeOnly) ? "09:00:00" : "01:00:00");
                case ValueKind.Enum:
                    var values = Enum.GetValues(Unwrap(type));
                    return JsonSerializer.SerializeToNode(values.GetValue(0), Unwrap(type), _json);
                case ValueKind.Bytes:
                    return JsonValue.Create(Convert.ToBase64String([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]));
                case ValueKind.Array:
                    var element = ElementType(type);
                    var array = new JsonArray();
                    if (element is not null && depth < 5)
                    {
                        // An element has no name of its own; "candidateIds" still names the table its ids come from.
                        var singular = name is { Length: > 1 } && name.EndsWith('s') ? name[..^1] : name;
                        array.Add(Plausible(element, null, singular, depth + 1));
                    }

                    return array;
                case ValueKind.Dictionary:
                    return new JsonObject();
                case ValueKind.Object:
                    var result = new JsonObject();
                    if (depth < 5)
                    {
                        foreach (var property in _json.GetTypeInfo(Unwrap(type)).Properties.Where(p => p.Set is not null || p.AssociatedParameter is not null))
                        {
                            result[property.Name] = Plausible(property.PropertyType, property.Name, name, depth + 1);
                        }
                    }

                    return result;
                default:
                    return null;
            }
        }

        private string PlausibleString(string lower)
        {
            var suffix = Guid.NewGuid().ToString("N")[..6];
            return lower switch
            {
                _ when lower.Contains("division", StringComparison.Ordinal) || lower == "parentcode" => options.DivisionCode,
                _ when lower.Contains("phone", StringComparison.Ordinal) || lower.Contains("mobile", StringComparison.Ordinal) => "13800138000",
                _ when lower.Contains("idnumber", StringComparison.Ordinal) => "411302199001011234",
                _ when lower.Contains("email", StringComparison.Ordinal) => $"sweep{suffix}@example.com",
                _ when lower.Contains("password", StringComparison.Ordinal) => "Sweep#2026" + suffix,
                _ when lower.Contains("username", StringComparison.Ordinal) => "sweep" + suffix,
                _ when lower is "start" or "end" || lower.EndsWith("time", StringComparison.Ordinal) => "22:00",
                _ when IsDateLikeName(lower) => DateTime.UtcNow.AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                _ when lower.EndsWith("code", StringComparison.Ordinal) => "sweep" + suffix,
                _ when lower.Contains("content", StringComparison.Ordinal) || lower.Contains("description", StringComparison.Ordinal)
                    || lower.Contains("summary", StringComparison.Ordinal) || lower.Contains("body", StringComparison.Ordinal) => "清扫测试内容：道路照明需要改善。" + suffix,
                _ => "清扫测试" + suffix,
            };
        }

        private static bool IsDateLikeName(string name) =>
            name.EndsWith("date", StringComparison.OrdinalIgnoreCase) || name.EndsWith("At", StringComparison.Ordinal)
            || name is "from" or "to" or "deadline" or "due";

        private Guid? ExistingId(string? name)
        {
            if (name is null || !name.EndsWith("id", StringComparison.OrdinalIgnoreCase) || name.Length <= 2)
            {
                return null;
            }

            var table = TableFor(Plural(name[..^2]));
            return table is not null && _idsByTable.TryGetValue(table, out var ids) && ids.Count > 0 ? ids[0] : null;
        }

        private static string Plural(string singular)
        {
            var snake = Snake(singular);
            return snake.EndsWith('y') ? snake[..^1] + "ies" : snake.EndsWith('s') ? snake : snake + "s";
        }

        private static string Snake(string name)
        {
            var text = new StringBuilder();
            foreach (var c in name)
            {
                if (char.IsUpper(c) && text.Length > 0)
                {
                    text.Append('_');
                }

                text.Append(char.ToLowerInvariant(c));
            }

            return text.ToString();
        }

        /// <summary>The table a plural noun names: itself, or the shortest table ending in _noun.</summary>
        private string? TableFor(string plural) =>
            _tables.Select(t => t.Table).Where(table => table == plural || table.EndsWith("_" + plural, StringComparison.Ordinal))
                .OrderBy(table => table.Length).FirstOrDefault();

        private async Task<Dictionary<string, (string Value, bool Existing)>> RouteValuesAsync(NpgsqlConnection connection, RouteEndpoint endpoint, string template)
        {
            var values = new Dictionary<string, (string Value, bool Existing)>(StringComparer.OrdinalIgnoreCase);
            if (endpoint.RoutePattern.Parameters.Count == 0)
            {
                return values;
            }

            if (options.RouteValueQueries.TryGetValue(template, out var sql))
            {
                await using var command = new NpgsqlCommand(sql, connection);
                await using var reader = await command.ExecuteReaderAsync();
                if (await reader.ReadAsync())
                {
                    for (var i = 0; i < reader.FieldCount; i++)
                    {
                        values[reader.GetName(i)] = (Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)!, true);
                    }
                }
                else
                {
                    Notes.Add($"{template}: the route value query found no row");
                }
            }
            else
            {
                // By convention: {id} after /things/ is a row of the table "things" (or "..._things"); {thingId} of "things",
                // and a row that belongs to the row before it when the table has a column for that.
                string? parentTable = null;
                string? parentValue = null;
                var segments = endpoint.RoutePattern.PathSegments;
                for (var s = 0; s < segments.Count; s++)
                {
                    if (segments[s].Parts is not [RoutePatternParameterPart parameter])
                    {
                        continue;
                    }

                    var noun = parameter.Name.Equals("id", StringComparison.OrdinalIgnoreCase)
                        ? (s > 0 && segments[s - 1].Parts is [RoutePatternLiteralPart literal] ? Snake(literal.Content.Replace('-', '_')) : null)
                        : parameter.Name.EndsWith("Id", StringComparison.Ordinal) ? Plural(parameter.Name[..^2]) : null;
                    var table = noun is null ? null : TableFor(noun);
                    string? found = null;
                    var idColumn = table is null ? null : Column(table, "id");
                    if (table is not null && idColumn is not null)
                    {
                        var parentColumn = parentTable is null ? null : Column(table, Singular(parentTable.Split('_')[^1]) + "id");
                        var where = parentColumn is not null ? $" WHERE \"{parentColumn}\"::text = @parent" : "";
                        await using var command = new NpgsqlCommand($"SELECT \"{idColumn}\"::text FROM \"{table}\"{where} ORDER BY \"{idColumn}\" LIMIT 1", connection);
                        command.Parameters.AddWithValue("parent", parentValue ?? "");
                        found = await command.ExecuteScalarAsync() as string;
                    }

                    if (found is not null)
                    {
                        values[parameter.Name] = (found, true);
                        parentTable = table;
                        parentValue = found;
                    }
                }
            }

            foreach (var parameter in endpoint.RoutePattern.Parameters.Where(p => !values.ContainsKey(p.Name)))
            {
                values[parameter.Name] = (RandomValue(parameter), false);
            }

            return values;
        }

        /// <summary>The table's column for a name, however it is spelt (Id, id, DeputyId, deputy_id).</summary>
        private string? Column(string table, string name) =>
            _tables.First(t => t.Table == table).Columns
                .FirstOrDefault(column => column.Replace("_", "", StringComparison.Ordinal).Equals(name.Replace("_", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase));

        private static string Singular(string plural) =>
            plural.EndsWith("ies", StringComparison.Ordinal) ? plural[..^3] + "y" : plural.EndsWith('s') ? plural[..^1] : plural;

        private static string RandomValue(RoutePatternParameterPart parameter)
        {
            var constraints = parameter.ParameterPolicies.Select(policy => policy.Content ?? "").ToList();
            return constraints.Contains("int") || constraints.Contains("long") ? "987654321"
                : constraints.Contains("guid") || parameter.Name.EndsWith("id", StringComparison.OrdinalIgnoreCase) ? Guid.NewGuid().ToString()
                : "NOSUCH" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        }

        private static string Url(RouteEndpoint endpoint, Dictionary<string, (string Value, bool Existing)> values, bool random)
        {
            var url = new StringBuilder();
            foreach (var segment in endpoint.RoutePattern.PathSegments)
            {
                url.Append('/');
                foreach (var part in segment.Parts)
                {
                    url.Append(part switch
                    {
                        RoutePatternLiteralPart literal => literal.Content,
                        RoutePatternSeparatorPart separator => separator.Content,
                        RoutePatternParameterPart parameter => Uri.EscapeDataString(random ? RandomValue(parameter) : values[parameter.Name].Value),
                        _ => "",
                    });
                }
            }

            return url.Length == 0 ? "/" : url.ToString();
        }

        private static string Template(RouteEndpoint endpoint)
        {
            var raw = endpoint.RoutePattern.RawText ?? "";
            raw = raw.StartsWith('/') ? raw : "/" + raw;
            return raw.Length > 1 ? raw.TrimEnd('/') : raw;
        }

        private static Type? BodyTypeOf(RouteEndpoint endpoint, out bool json)
        {
            json = false;
            var accepts = endpoint.Metadata.OfType<IAcceptsMetadata>().LastOrDefault(metadata => metadata.RequestType is not null);
            if (accepts is null)
            {
                return null;
            }

            json = accepts.ContentTypes.Any(type => type.Contains("json", StringComparison.OrdinalIgnoreCase));
            return accepts.RequestType;
        }

        private async Task<string?> RoleForAsync(RouteEndpoint endpoint, string template)
        {
            if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            {
                return null;
            }

            if (options.RoleOverrides.TryGetValue(template, out var role))
            {
                return role;
            }

            var policyProvider = options.Services.GetRequiredService<IAuthorizationPolicyProvider>();
            var policy = await AuthorizationPolicy.CombineAsync(
                policyProvider, endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(), endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>());
            if (policy is null)
            {
                return null;
            }

            IEnumerable<string> allowed = options.RolePreference;
            foreach (var requirement in policy.Requirements.OfType<RolesAuthorizationRequirement>())
            {
                allowed = allowed.Intersect(requirement.AllowedRoles, StringComparer.Ordinal);
            }

            return allowed.FirstOrDefault() ?? options.RolePreference[0];
        }

        private HttpClient ClientFor(string? role)
        {
            var key = role ?? "";
            if (!_clients.TryGetValue(key, out var client))
            {
                client = options.CreateClient();
                if (role is not null)
                {
                    var subject = options.Subject?.Invoke(role) ?? TestTokens.Subject(role, options.DivisionCode);
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(subject));
                }

                _clients[key] = client;
            }

            return client;
        }

        private async Task ReadSchemaAsync(NpgsqlConnection connection)
        {
            var columns = new List<(string Table, string Column)>();
            await using (var command = new NpgsqlCommand(
                "SELECT c.table_name, c.column_name FROM information_schema.columns c JOIN information_schema.tables t "
                + "ON t.table_schema = c.table_schema AND t.table_name = c.table_name "
                + "WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' ORDER BY c.table_name, c.ordinal_position", connection))
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    columns.Add((reader.GetString(0), reader.GetString(1)));
                }
            }

            _tables = [.. columns.GroupBy(c => c.Table).Select(g => (g.Key, g.Select(c => c.Column).ToList()))];
            var ignored = new HashSet<string>(options.IgnoredTables, StringComparer.Ordinal) { "__EFMigrationsHistory", "inbox_messages" };
            foreach (var (table, _) in _tables)
            {
                if (!ignored.Contains(table))
                {
                    _countedTables[table] = $"SELECT '{table}', count(*) FROM \"{table}\"";
                }

                if (Column(table, "id") is { } idColumn)
                {
                    await using var command = new NpgsqlCommand($"SELECT \"{idColumn}\" FROM \"{table}\" ORDER BY \"{idColumn}\" LIMIT 2", connection);
                    await using var reader = await command.ExecuteReaderAsync();
                    var ids = new List<Guid>();
                    while (await reader.ReadAsync())
                    {
                        if (reader.GetValue(0) is Guid id)
                        {
                            ids.Add(id);
                        }
                    }

                    _idsByTable[table] = ids;
                }
            }

            Notes.Add("counted tables: " + string.Join(", ", _countedTables.Keys));
        }

        /// <summary>Start-up work (demo data, relays) settles before the first snapshot counts.</summary>
        private async Task WaitUntilQuietAsync(NpgsqlConnection connection)
        {
            var deadline = DateTime.UtcNow.AddSeconds(30);
            var last = await SnapshotAsync(connection);
            while (DateTime.UtcNow < deadline)
            {
                await Task.Delay(500);
                var next = await SnapshotAsync(connection);
                if (next == last)
                {
                    return;
                }

                last = next;
            }
        }

        private async Task<string> SnapshotAsync(NpgsqlConnection connection)
        {
            if (_countedTables.Count == 0)
            {
                return "";
            }

            await using var command = new NpgsqlCommand(string.Join(" UNION ALL ", _countedTables.Values), connection);
            await using var reader = await command.ExecuteReaderAsync();
            var parts = new List<string>();
            while (await reader.ReadAsync())
            {
                parts.Add($"{reader.GetString(0)}={reader.GetInt64(1)}");
            }

            parts.Sort(StringComparer.Ordinal);
            return string.Join(";", parts);
        }

        private static string Difference(string before, string after)
        {
            var old = before.Split(';').ToHashSet(StringComparer.Ordinal);
            return string.Join(", ", after.Split(';').Where(part => !old.Contains(part)));
        }

        private static JsonSerializerOptions JsonOptionsOf(IServiceProvider services)
        {
            var configured = services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
            var copy = new JsonSerializerOptions(configured);
            copy.TypeInfoResolver ??= new DefaultJsonTypeInfoResolver();
            return copy;
        }
    }

    private static HttpContent Json(string text)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    private static HttpContent Json(JsonNode? node) => Json(node?.ToJsonString() ?? "null");

    private static string Excerpt(string body)
    {
        var flat = body.ReplaceLineEndings(" ");
        return flat.Length <= 300 ? flat : flat[..300] + "…";
    }

    private static Type Unwrap(Type type) => Nullable.GetUnderlyingType(type) ?? type;

    private static Type? ElementType(Type type)
    {
        type = Unwrap(type);
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        return type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
    }

    private static ValueKind KindOf(Type type)
    {
        type = Unwrap(type);
        if (type == typeof(string) || type == typeof(char) || type == typeof(Uri))
        {
            return ValueKind.String;
        }

        if (type == typeof(bool))
        {
            return ValueKind.Bool;
        }

        if (NumberTypes.Contains(type))
        {
            return ValueKind.Number;
        }

        if (type == typeof(Guid))
        {
            return ValueKind.Guid;
        }

        if (type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset))
        {
            return ValueKind.Date;
        }

        if (type == typeof(TimeOnly) || type == typeof(TimeSpan))
        {
            return ValueKind.Time;
        }

        if (type.IsEnum)
        {
            return ValueKind.Enum;
        }

        if (type == typeof(byte[]))
        {
            return ValueKind.Bytes;
        }

        if (type == typeof(object) || type == typeof(JsonElement) || typeof(JsonNode).IsAssignableFrom(type))
        {
            return ValueKind.Other;
        }

        if (type.GetInterfaces().Append(type).Any(i => i.IsGenericType
            && (i.GetGenericTypeDefinition() == typeof(IDictionary<,>) || i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))))
        {
            return ValueKind.Dictionary;
        }

        if (ElementType(type) is not null)
        {
            return ValueKind.Array;
        }

        return type.IsClass || type.IsValueType ? ValueKind.Object : ValueKind.Other;
    }
}
