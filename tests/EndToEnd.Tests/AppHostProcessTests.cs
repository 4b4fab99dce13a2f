using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using RenminDaibiao.AppHost;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.EndToEnd.Tests;

/// <summary>
/// The AppHost as an operator runs it: a separate process, stopped with SIGTERM. It must leave no
/// process behind, restart a crashed service, and keep the data for the next start. In the platform
/// collection so that its second platform never picks ports while the shared one is starting.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class AppHostProcessTests : IDisposable
{
    private const string InstanceVariable = "RENMINDAIBIAO_APPHOST_DATA";
    private readonly string _dataDirectory = TestDirectories.NewDataDirectory();

    [Fact]
    public async Task Stopping_leaves_no_process_behind_a_crashed_service_comes_back_and_data_survives_a_restart()
    {
        var staffSubject = TestTokens.Subject(Roles.CommitteeStaff, "411302");
        string deputyLocation;

        await using (var first = await RunningAppHost.StartAsync(_dataDirectory))
        {
            using var staff = first.CreateClient(staffSubject);
            using var created = await staff.PostAsJsonAsync("/api/deputies/deputies", Deputies.NewDeputy("孙丽华", "411302"));
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            using var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
            deputyLocation = $"/api/deputies/deputies/{body.RootElement.GetProperty("id").GetString()}";

            KillService("RenminDaibiao.Deputies.dll");
            await Eventually.HoldsAsync(
                async () => (await staff.GetAsync(deputyLocation)).StatusCode == HttpStatusCode.OK,
                "the AppHost restarted the killed Deputies service",
                TimeSpan.FromSeconds(60));

            await first.TerminateAsync();
        }

        Assert.Empty(ProcessesOfThisRun());

        await using var second = await RunningAppHost.StartAsync(_dataDirectory);
        using var again = second.CreateClient(staffSubject);
        using var read = await again.GetAsync(deputyLocation);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Contains("孙丽华", await read.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await second.TerminateAsync();
        Assert.Empty(ProcessesOfThisRun());
    }

    public void Dispose() => TestDirectories.Delete(_dataDirectory);

    private void KillService(string assemblyName)
    {
        var service = ProcessesOfThisRun().Single(pid => CommandLine(pid).Contains(assemblyName, StringComparison.Ordinal));
        Process.GetProcessById(service).Kill();
    }

    /// <summary>Every live process whose environment carries this run's data directory as the AppHost marker.</summary>
    private List<int> ProcessesOfThisRun()
    {
        var marker = Encoding.UTF8.GetBytes($"{InstanceVariable}={_dataDirectory}\0");
        var found = new List<int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
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

    private static string CommandLine(int pid) =>
        File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');

    private sealed class RunningAppHost : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly StringBuilder _output = new();

        private RunningAppHost(Process process) => _process = process;

        public Uri GatewayAddress { get; private set; } = null!;

        public static async Task<RunningAppHost> StartAsync(string dataDirectory)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in new[]
                     {
                         typeof(PlatformModel).Assembly.Location, "--no-demo", "--Gateway:Port=0",
                         $"--DataDirectory={dataDirectory}", $"--Parameters:token-signing-key={TestTokens.SigningKey}",
                     })
            {
                start.ArgumentList.Add(argument);
            }

            var host = new RunningAppHost(Process.Start(start)!);
            var running = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            host._process.OutputDataReceived += (_, line) =>
            {
                if (line.Data is null)
                {
                    return;
                }

                lock (host._output)
                {
                    host._output.AppendLine(line.Data);
                }

                if (line.Data.StartsWith("gateway ", StringComparison.Ordinal) && line.Data.Contains("http://", StringComparison.Ordinal))
                {
                    host.GatewayAddress = new Uri(line.Data[line.Data.IndexOf("http://", StringComparison.Ordinal)..].Trim());
                }

                if (line.Data.Contains("running; press Ctrl+C", StringComparison.Ordinal))
                {
                    running.TrySetResult();
                }
            };
            host._process.ErrorDataReceived += (_, line) =>
            {
                lock (host._output)
                {
                    host._output.AppendLine(line.Data);
                }
            };
            host._process.BeginOutputReadLine();
            host._process.BeginErrorReadLine();

            var exited = host._process.WaitForExitAsync();
            if (await Task.WhenAny(running.Task, exited, Task.Delay(TimeSpan.FromMinutes(3))) != running.Task)
            {
                await host.DisposeAsync();
                Assert.Fail($"the AppHost did not report running:{Environment.NewLine}{host.Output}");
            }

            return host;
        }

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

        public HttpClient CreateClient(TokenSubject subject) =>
            new HttpClient { BaseAddress = GatewayAddress, Timeout = TimeSpan.FromSeconds(30) }.WithToken(subject);

        /// <summary>Sends SIGTERM, as systemd or a terminal's Ctrl+C would, and waits for a clean exit.</summary>
        public async Task TerminateAsync()
        {
            using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await _process.WaitForExitAsync(timeout.Token);
            Assert.True(_process.ExitCode == 0, $"the AppHost exited with {_process.ExitCode}:{Environment.NewLine}{Output}");
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
    }
}
