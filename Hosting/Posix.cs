using System.Diagnostics;

namespace RenminDaibiao.Hosting;

internal static class Posix
{
    public static void ChangeOwnerRecursive(string path, string user) => Run("chown", "-R", $"{user}:{user}", path);

    /// <summary>Adds the execute (search) bit for others on every ancestor that lacks it.</summary>
    public static void AllowTraversalUpTo(string path)
    {
        for (var directory = Directory.GetParent(path); directory is not null; directory = directory.Parent)
        {
            var mode = File.GetUnixFileMode(directory.FullName);
            if (!mode.HasFlag(UnixFileMode.OtherExecute))
            {
                File.SetUnixFileMode(directory.FullName, mode | UnixFileMode.OtherExecute);
            }
        }
    }

    private static void Run(string fileName, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(fileName, arguments) { UseShellExecute = false })
            ?? throw new InvalidOperationException($"could not start {fileName}");
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} exited with {process.ExitCode}");
        }
    }
}
