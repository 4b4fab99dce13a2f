using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace RenminDaibiao.TestSupport;

/// <summary>
/// What every service promises, whatever its domain: it reports the servers it depends on in /health, and its
/// OpenAPI document describes exactly the endpoints it maps. Each service's test project derives one class from it.
/// </summary>
public abstract partial class ServiceContractTests<TEntryPoint>(
    InfrastructureFixture infrastructure, string databaseConnectionName, params string[] healthyDependencies) : IAsyncLifetime
    where TEntryPoint : class
{
    private static readonly string[] DescribedMethods = ["GET", "POST", "PUT", "PATCH", "DELETE"];

    private readonly ServiceFactory<TEntryPoint> _service = new(infrastructure, databaseConnectionName);

    [Fact]
    public async Task Health_reports_each_server_the_service_depends_on_as_healthy()
    {
        using var client = _service.CreateClient();

        await ServiceHealth.AssertReadyWithAsync(client, healthyDependencies);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_exactly_the_endpoints_the_service_maps()
    {
        using var client = _service.CreateClient();

        var documented = await DocumentedOperationsAsync(client);
        var mapped = MappedOperations();

        Assert.NotEmpty(mapped);
        Assert.True(
            documented.SetEquals(mapped),
            $"mapped but not documented: {string.Join(", ", mapped.Except(documented).Order())}; "
            + $"documented but not mapped: {string.Join(", ", documented.Except(mapped).Order())}");
    }

    [Fact]
    public async Task The_OpenAPI_document_states_the_problem_answers_of_every_route_that_can_refuse()
    {
        using var client = _service.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        var missing = new List<string>();
        var checkedOperations = 0;
        foreach (var (operation, endpoint) in MappedEndpoints())
        {
            var method = operation[..operation.IndexOf(' ', StringComparison.Ordinal)];
            var path = operation[(method.Length + 1)..];
            if (!document.RootElement.GetProperty("paths").TryGetProperty(path, out var item)
                || !item.TryGetProperty(method.ToLowerInvariant(), out var described))
            {
                continue;
            }

            checkedOperations++;
            var responses = described.GetProperty("responses");
            var expected = new List<string>();
            if (endpoint.Metadata.GetMetadata<IAuthorizeData>() is not null && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null)
            {
                expected.AddRange(["401", "403"]);
            }

            if (ReturnsProblem(endpoint.Metadata.GetMetadata<System.Reflection.MethodInfo>()!.ReturnType))
            {
                expected.Add("400");
            }

            missing.AddRange(expected.Where(status => !responses.TryGetProperty(status, out _)).Select(status => $"{operation} {status}"));
        }

        Assert.NotEqual(0, checkedOperations);
        Assert.True(missing.Count == 0, $"problem answers not stated: {string.Join(", ", missing)}");
    }

    private static bool ReturnsProblem(Type returnType)
    {
        var answer = returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(Task<>) ? returnType.GetGenericArguments()[0] : returnType;
        return answer == typeof(ProblemHttpResult) || (answer.IsGenericType && answer.GetGenericArguments().Contains(typeof(ProblemHttpResult)));
    }

    private static async Task<HashSet<string>> DocumentedOperationsAsync(HttpClient client)
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var operations = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                if (DescribedMethods.Contains(operation.Name.ToUpperInvariant()))
                {
                    operations.Add($"{operation.Name.ToUpperInvariant()} {path.Name}");
                }
            }
        }

        return operations;
    }

    private HashSet<string> MappedOperations() => [.. MappedEndpoints().Select(mapped => mapped.Operation)];

    /// <summary>The service's own route handlers, as its endpoint data source holds them (not health checks or hubs).</summary>
    private List<(string Operation, RouteEndpoint Endpoint)> MappedEndpoints()
    {
        var endpoints = _service.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var operations = new List<(string Operation, RouteEndpoint Endpoint)>();
        foreach (var endpoint in endpoints)
        {
            if (endpoint.Metadata.GetMetadata<System.Reflection.MethodInfo>() is null
                || endpoint.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is { ExcludeFromDescription: true }
                || endpoint.Metadata.GetMetadata<HttpMethodMetadata>() is not { } methods)
            {
                continue;
            }

            var path = "/" + RouteParameter().Replace(endpoint.RoutePattern.RawText!.TrimStart('/'), match => "{" + match.Groups["name"].Value + "}");
            foreach (var method in methods.HttpMethods)
            {
                operations.Add(($"{method} {path.TrimEnd('/')}", endpoint));
            }
        }

        return operations;
    }

    // {id:guid}, {code}, {**path} -> {id}, {code}, {path}: the way OpenAPI writes route parameters.
    [GeneratedRegex(@"\{\**(?<name>[A-Za-z0-9_]+)[^}]*\}")]
    private static partial Regex RouteParameter();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _service.DisposeAsync().AsTask();
}
