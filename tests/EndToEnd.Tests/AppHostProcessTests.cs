using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text;
using System.Text.Json;
using RenminDaibiao.Hosting;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.EndToEnd.Tests;

/// <summary>
/// The platform as an operator runs it: the README's command, <c>scripts/run.sh</c>, as a separate process
/// (here without its build step, on this test run's build). A signal to that process must stop everything
/// within 30 s with no process left; a killed service comes back; data survives a restart; the dashboard
/// answers. In the platform collection so that its platform never starts while the shared one is starting.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class AppHostProcessTests : IDisposable
{
    private const string MarkerVariable = "RENMINDAIBIAO_TEST_RUN";
    private static readonly TimeSpan StopLimit = TimeSpan.FromSeconds(30);
    private readonly string _dataDirectory = TestDirectories.NewDataDirectory();
    private readonly string _marker = Guid.NewGuid().ToString("N");

    [Fact]
    public async Task A_signal_to_the_run_command_stops_everything_a_killed_service_comes_back_and_data_survives()
    {
        var staffSubject = TestTokens.Subject(Roles.CommitteeStaff, "411302");
        string deputyLocation;

        await using (var first = await RunCommand.StartAsync(_dataDirectory, _marker))
        {
            using var dashboard = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            using (var page = await dashboard.GetAsync(first.DashboardAddress))
            {
                Assert.True(page.IsSuccessStatusCode, $"the dashboard answers {page.StatusCode}");
            }

            Assert.Contains("/login?t=", first.Output, StringComparison.Ordinal);

            using var staff = first.CreateClient(staffSubject);
            using var created = await staff.PostAsJsonAsync("/api/deputies/deputies", TestDeputies.NewDeputy("孙丽华", "411302"));
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            using var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
            deputyLocation = $"/api/deputies/deputies/{body.RootElement.GetProperty("id").GetString()}";

            var killed = KillService("RenminDaibiao.Deputies");
            await Eventually.HoldsAsync(
                async () => ProcessesOfThisRun().Any(pid => pid != killed && IsService(pid, "RenminDaibiao.Deputies"))
                            && await AnswersOkAsync(staff, deputyLocation),
                "the AppHost started the killed Deputies service again",
                TimeSpan.FromSeconds(120));

            await first.SignalAndWaitAsync("TERM");
        }

        await AssertNoProcessLeftAsync("SIGTERM");

        await using var second = await RunCommand.StartAsync(_dataDirectory, _marker);
        using var again = second.CreateClient(staffSubject);
        using var read = await again.GetAsync(deputyLocation);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Contains("孙丽华", await read.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await second.SignalAndWaitAsync("INT");
        await AssertNoProcessLeftAsync("SIGINT");
    }

    public void Dispose()
    {
        foreach (var pid in ProcessesOfThisRun())
        {
            try
            {
                Process.GetProcessById(pid).Kill();
            }
            catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
            {
                // Already gone.
            }
        }

        TestDirectories.Delete(_dataDirectory);
    }

    /// <summary>While a service is down, a request through the gateway may fail or time out: that is "not yet".</summary>
    private static async Task<bool> AnswersOkAsync(HttpClient client, string path)
    {
        try
        {
            using var response = await client.GetAsync(path);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    private async Task AssertNoProcessLeftAsync(string signal)
    {
        // The AppHost has exited by now; whatever it started must be gone within the same limit.
        var deadline = DateTime.UtcNow + StopLimit;
        while (ProcessesOfThisRun().Count > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
        }

        var left = ProcessesOfThisRun();
        Assert.True(left.Count == 0, $"after {signal}, still running: {string.Join("; ", left.Select(CommandLine))}");
    }

    private int KillService(string executable)
    {
        var service = ProcessesOfThisRun().Single(pid => IsService(pid, executable));
        Process.GetProcessById(service).Kill();
        return service;
    }

    private static bool IsService(int pid, string executable)
    {
        try
        {
            return Path.GetFileName(File.ReadAllText($"/proc/{pid}/cmdline").Split('\0')[0]) == executable;
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Every live process that carries this run's marker in its environment (everything DCP starts inherits it).</summary>
    private List<int> ProcessesOfThisRun()
    {
        var marker = Encoding.UTF8.GetBytes($"{MarkerVariable}={_marker}\0");
        var found = new List<int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid) || pid == Environment.ProcessId)
            {
                continue;
            }

            try
            {
                if (File.ReadAllBytes(Path.Combine(directory, "environ")).AsSpan().IndexOf(marker) >= 0)
                {
                    found.Add(pid);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // The process ended while we looked, or is a kernel thread.
            }
        }

        return found;
    }

    private static string CommandLine(int pid)
    {
        try
        {
            return $"{pid}: {File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ')}";
        }
        catch (IOException)
        {
            return $"{pid}: (gone)";
        }
    }

    private sealed class RunCommand : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly StringBuilder _output = new();

        private RunCommand(Process process, Uri gatewayAddress, Uri dashboardAddress)
        {
            _process = process;
            GatewayAddress = gatewayAddress;
            DashboardAddress = dashboardAddress;
        }

        public Uri GatewayAddress { get; }

        public Uri DashboardAddress { get; }

        public string Output
        {
            get
            {
                lock (_output)
                {
                    return _output.ToString();
                }
            }
        }

        public static async Task<RunCommand> StartAsync(string dataDirectory, string marker)
        {
            var repository = RepositoryRoot();
            var gatewayPort = LocalServers.FreePort();
            var dashboardPort = LocalServers.FreePort();
            string Local(int port) => $"http://localhost:{port.ToString(CultureInfo.InvariantCulture)}";

            // env --default-signal: a process started from a non-interactive shell's background job inherits SIGINT
            // ignored, and .NET keeps it so; the operator's terminal gives the default disposition.
            var start = new ProcessStartInfo("env")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = repository,
            };
            foreach (var argument in new[]
                     {
                         "--default-signal=INT", "bash", Path.Combine(repository, "scripts", "run.sh"), "--no-demo",
                         $"--Gateway:Port={gatewayPort.ToString(CultureInfo.InvariantCulture)}", $"--DataDirectory={dataDirectory}",
                         $"--Parameters:token-signing-key={TestTokens.SigningKey}",
                     })
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment[MarkerVariable] = marker;
            start.Environment["RENMINDAIBIAO_NO_BUILD"] = "1";
            start.Environment["RENMINDAIBIAO_CONFIGURATION"] =
                typeof(AppHostProcessTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
            start.Environment["ASPNETCORE_URLS"] = Local(dashboardPort);
            start.Environment["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"] = Local(LocalServers.FreePort());
            start.Environment["ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL"] = Local(LocalServers.FreePort());

            var run = new RunCommand(Process.Start(start)!, new Uri(Local(gatewayPort)), new Uri(Local(dashboardPort)));
            run._process.OutputDataReceived += (_, line) => run.Append(line.Data);
            run._process.ErrorDataReceived += (_, line) => run.Append(line.Data);
            run._process.BeginOutputReadLine();
            run._process.BeginErrorReadLine();

            using var client = new HttpClient { BaseAddress = run.GatewayAddress, Timeout = TimeSpan.FromSeconds(10) };
            var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(5);
            while (true)
            {
                if (run._process.HasExited || DateTime.UtcNow > deadline)
                {
                    await run.DisposeAsync();
                    Assert.Fail($"the platform did not become healthy:{Environment.NewLine}{run.Output}");
                }

                try
                {
                    using var health = await client.GetAsync("/health");
                    if (health.IsSuccessStatusCode)
                    {
                        return run;
                    }
                }
                catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
                {
                    // Not up yet.
                }

                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }

        public HttpClient CreateClient(TokenSubject subject) =>
            new HttpClient { BaseAddress = GatewayAddress, Timeout = TimeSpan.FromSeconds(30) }.WithToken(subject);

        /// <summary>Sends the signal to the process the run command started, as a supervisor or Ctrl+C would, and waits for its exit.</summary>
        public async Task SignalAndWaitAsync(string signal)
        {
            using (var kill = Process.Start("kill", [$"-{signal}", _process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            using var timeout = new CancellationTokenSource(StopLimit);
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"the AppHost did not exit within {StopLimit.TotalSeconds} s of SIG{signal}:{Environment.NewLine}{Output}");
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }

            _process.Dispose();
        }

        private void Append(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (_output)
            {
                _output.AppendLine(line);
            }
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
}
