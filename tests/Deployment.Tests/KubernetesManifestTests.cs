using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using k8s;
using k8s.Models;
using RenminDaibiao.Hosting;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Deployment.Tests;

/// <summary>
/// deploy/kubernetes, rendered by kustomize, against the AppHost's application model: the same services with the
/// same configuration (Aspire's conventions as environment variables), servers external through a Secret, the
/// gateway the only Ingress, probes on /health and /alive.
/// </summary>
public sealed class KubernetesManifestTests : IAsyncLifetime
{
    private const string ServersSecret = "renmindaibiao-servers";
    private readonly string _dataDirectory = TestDirectories.NewDataDirectory();
    private List<ProjectResource> _projects = [];
    private List<object> _objects = [];

    public async Task InitializeAsync()
    {
        // The model only: Program.cs runs up to Build; nothing is started.
        await using var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
            [$"--{LocalServers.DataDirectoryKey}={_dataDirectory}", "--Gateway:Port=0", "--Parameters:token-signing-key=unused-in-this-test-0123456789abcdef"]);
        _projects = [.. builder.Resources.OfType<ProjectResource>()];
        _objects = [.. KubernetesYaml.LoadAllFromString(await RenderAsync())];
    }

    public Task DisposeAsync()
    {
        TestDirectories.Delete(_dataDirectory);
        return Task.CompletedTask;
    }

    [Fact]
    public void Every_project_of_the_model_has_one_Deployment_and_one_Service_and_nothing_else_runs()
    {
        var deployments = _objects.OfType<V1Deployment>().Select(d => d.Metadata.Name).Order().ToList();
        var services = _objects.OfType<V1Service>().Select(s => s.Metadata.Name).Order().ToList();
        var projects = _projects.Select(p => p.Name).Order().ToList();

        Assert.Equal(8, projects.Count);
        Assert.Equal(projects, deployments);
        Assert.Equal(projects, services);
        foreach (var service in _objects.OfType<V1Service>())
        {
            Assert.Equal(service.Metadata.Name, service.Spec.Selector["app.kubernetes.io/name"]);
            Assert.Equal("ClusterIP", service.Spec.Type ?? "ClusterIP");
        }
    }

    [Fact]
    public void The_gateway_is_the_only_Ingress()
    {
        var ingress = Assert.Single(_objects.OfType<V1Ingress>());
        var backends = ingress.Spec.Rules.SelectMany(rule => rule.Http.Paths).Select(path => path.Backend.Service.Name).Distinct();
        Assert.Equal(["gateway"], backends);
        Assert.DoesNotContain(_objects.OfType<V1Service>(), service => service.Spec.Type is "NodePort" or "LoadBalancer");
    }

    [Fact]
    public void Each_Deployment_gets_the_configuration_the_AppHost_injects_with_servers_from_the_Secret()
    {
        foreach (var project in _projects)
        {
            var container = Assert.Single(Deployment(project.Name).Spec.Template.Spec.Containers);
            var environment = (container.Env ?? []).ToDictionary(variable => variable.Name);
            var expected = ExpectedVariables(project);

            Assert.Equal(expected.Order(), environment.Keys.Where(key => key.StartsWith("ConnectionStrings__", StringComparison.Ordinal) || key.StartsWith("services__", StringComparison.Ordinal)).Order());
            foreach (var name in expected.Where(name => name.StartsWith("ConnectionStrings__", StringComparison.Ordinal)))
            {
                // Never a connection string in the manifest: a reference to the external server's secret.
                Assert.Null(environment[name].Value);
                Assert.Equal(ServersSecret, environment[name].ValueFrom.SecretKeyRef.Name);
                Assert.Equal(name["ConnectionStrings__".Length..], environment[name].ValueFrom.SecretKeyRef.Key);
            }

            foreach (var name in expected.Where(name => name.StartsWith("services__", StringComparison.Ordinal)))
            {
                var target = name.Split("__")[1];
                Assert.Equal($"http://{target}:8080", environment[name].Value);
            }

            Assert.Equal(ServersSecret, environment["Identity__SigningKey"].ValueFrom.SecretKeyRef.Name);
            Assert.Equal(project.Name, environment["OTEL_SERVICE_NAME"].Value);
        }
    }

    [Fact]
    public void Each_Deployment_is_probed_on_health_for_readiness_and_alive_for_liveness()
    {
        foreach (var deployment in _objects.OfType<V1Deployment>())
        {
            var container = Assert.Single(deployment.Spec.Template.Spec.Containers);
            Assert.Equal("/health", container.ReadinessProbe.HttpGet.Path);
            Assert.Equal("/alive", container.LivenessProbe.HttpGet.Path);
            Assert.Contains(container.Ports, port => port.Name == container.ReadinessProbe.HttpGet.Port.Value);
        }

        var common = Assert.Single(_objects.OfType<V1ConfigMap>(), map => map.Metadata.Name == "renmindaibiao-common");
        Assert.Equal("http://+:8080", common.Data["ASPNETCORE_URLS"]);
        Assert.True(common.Data.ContainsKey("OTEL_EXPORTER_OTLP_ENDPOINT"));
    }

    /// <summary>What Aspire's WithReference injects: ConnectionStrings__{name} for a server or database, services__{name}__http__0 for a project.</summary>
    private static List<string> ExpectedVariables(ProjectResource project) =>
    [
        .. project.Annotations.OfType<ResourceRelationshipAnnotation>()
            // A parameter used in an environment variable is a reference too (the signing key, checked on its own).
            .Where(relationship => relationship.Type == "Reference" && relationship.Resource is not ParameterResource)
            .Select(relationship => relationship.Resource switch
            {
                ProjectResource referenced => $"services__{referenced.Name}__http__0",
                IResourceWithConnectionString server => $"ConnectionStrings__{server.Name}",
                var other => throw new InvalidOperationException($"{project.Name} references {other.Name}, unknown to this test"),
            })
            .Distinct(),
    ];

    private V1Deployment Deployment(string name) => Assert.Single(_objects.OfType<V1Deployment>(), d => d.Metadata.Name == name);

    private static async Task<string> RenderAsync()
    {
        var directory = Path.Combine(RepositoryRoot(), "deploy", "kubernetes");
        var start = new ProcessStartInfo("kubectl", ["kustomize", directory]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var kubectl = Process.Start(start)!;
        var output = kubectl.StandardOutput.ReadToEndAsync();
        var error = kubectl.StandardError.ReadToEndAsync();
        await kubectl.WaitForExitAsync();
        Assert.True(kubectl.ExitCode == 0, $"kubectl kustomize failed: {await error}");
        return await output;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "RenminDaibiao.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("RenminDaibiao.sln was not found above the test's output directory.");
    }
}
