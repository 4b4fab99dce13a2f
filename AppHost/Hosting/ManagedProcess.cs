using System.Diagnostics;
using System.Globalization;

namespace RenminDaibiao.AppHost.Hosting;

/// <summary>
/// A child process in its own process group, so that stopping it also stops whatever it spawned
/// (PostgreSQL's backends, the Erlang VM behind RabbitMQ's start script).
/// </summary>
internal sealed class ManagedProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly Queue<string> _tail = new();
    private readonly string _pidFile;
    private readonly TaskCompletionSource<int> _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ManagedProcess(Process process, StreamWriter log, string pidFile)
    {
        _process = process;
        _log = log;
        _pidFile = pidFile;
    }

    public int Id => _process.Id;

    /// <summary>Completes with the exit code when the process ends, for whatever reason.</summary>
    public Task<int> Exited => _exited.Task;

    /// <summary>The last lines the process wrote, for error messages.</summary>
    public string Tail
    {
        get
        {
            lock (_tail)
            {
                return string.Join(Environment.NewLine, _tail);
            }
        }
    }

    public static ManagedProcess Start(
        HostingContext context,
        string name,
        string fileName,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string?> environment,
        string workingDirectory,
        string? runAsUser = null)
    {
        Directory.CreateDirectory(context.LogDirectory);
        var runDirectory = Path.Combine(context.DataDirectory, "run");
        Directory.CreateDirectory(runDirectory);

        // setsid makes the child a process group leader without forking (the child of a .NET
        // process is never a group leader), so the pid we get is the group we later signal.
        var startInfo = new ProcessStartInfo("setsid")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        if (runAsUser is not null)
        {
            startInfo.ArgumentList.Add("setpriv");
            startInfo.ArgumentList.Add($"--reuid={runAsUser}");
            startInfo.ArgumentList.Add($"--regid={runAsUser}");
            startInfo.ArgumentList.Add("--init-groups");
        }

        startInfo.ArgumentList.Add(fileName);
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment[HostingContext.InstanceVariable] = context.DataDirectory;
        foreach (var (key, value) in environment)
        {
            startInfo.Environment[key] = value;
        }

        var log = new StreamWriter(Path.Combine(context.LogDirectory, $"{name}.log"), append: true) { AutoFlush = true };
        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        var pidFile = Path.Combine(runDirectory, $"{name}.pid");
        var managed = new ManagedProcess(process, log, pidFile);
        process.OutputDataReceived += (_, e) => managed.Append(e.Data);
        process.ErrorDataReceived += (_, e) => managed.Append(e.Data);
        process.Exited += (_, _) => managed.OnExited();
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        File.WriteAllText(pidFile, $"{process.Id} {ProcessStartTime(process.Id)}");
        return managed;
    }

    /// <summary>
    /// Stops process groups that a previous AppHost of the same data directory left behind when it
    /// was killed without a chance to clean up, so that their ports and locks are freed.
    /// </summary>
    public static void KillLeftovers(HostingContext context)
    {
        var runDirectory = Path.Combine(context.DataDirectory, "run");
        if (!Directory.Exists(runDirectory))
        {
            return;
        }

        foreach (var pidFile in Directory.EnumerateFiles(runDirectory, "*.pid"))
        {
            var parts = File.ReadAllText(pidFile).Split(' ');
            if (parts.Length == 2 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var pid)
                && ProcessStartTime(pid) == parts[1])
            {
                context.Log($"stopping {Path.GetFileNameWithoutExtension(pidFile)} (pid {pid}) left by an earlier run");
                _ = NativeMethods.Kill(-pid, NativeMethods.SIGKILL);
            }

            File.Delete(pidFile);
        }
    }

    /// <summary>Asks the whole process group to stop, then kills what is left after the grace period.</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        if (!_exited.Task.IsCompleted)
        {
            _ = NativeMethods.Kill(-_process.Id, NativeMethods.SIGTERM);
            var finished = await Task.WhenAny(_exited.Task, Task.Delay(grace)).ConfigureAwait(false);
            if (finished != _exited.Task)
            {
                _ = NativeMethods.Kill(-_process.Id, NativeMethods.SIGKILL);
                await _exited.Task.ConfigureAwait(false);
            }
        }

        // Children that outlived the group leader (a backend finishing its shutdown) go too.
        _ = NativeMethods.Kill(-_process.Id, NativeMethods.SIGKILL);
        File.Delete(_pidFile);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        _process.Dispose();
        await _log.DisposeAsync().ConfigureAwait(false);
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_tail)
        {
            _log.WriteLine(line);
            _tail.Enqueue(line);
            if (_tail.Count > 40)
            {
                _tail.Dequeue();
            }
        }
    }

    private void OnExited()
    {
        // WaitForExit without a timeout drains the redirected output before we report the exit.
        _process.WaitForExit();
        _exited.TrySetResult(_process.ExitCode);
    }

    /// <summary>Field 22 of /proc/pid/stat: tells a live process apart from a reused pid.</summary>
    private static string ProcessStartTime(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var afterName = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return afterName[19];
        }
        catch (IOException)
        {
            return "gone";
        }
    }
}
