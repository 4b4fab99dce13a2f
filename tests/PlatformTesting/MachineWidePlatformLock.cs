namespace RenminDaibiao.TestSupport;

/// <summary>
/// One whole platform at a time on this machine. The end-to-end and the browser test projects each start the
/// platform, and `dotnet test` runs test projects in parallel; two platforms starting at once on two cores
/// starve each other past their start timeout. The lock is an exclusively opened file, released by the
/// operating system even when a test process dies.
/// </summary>
internal static class MachineWidePlatformLock
{
    private static readonly string LockPath = Path.Combine(Path.GetTempPath(), "renmindaibiao-whole-platform.lock");
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(30);

    public static async Task<FileStream> AcquireAsync()
    {
        var deadline = DateTime.UtcNow + GiveUpAfter;
        while (true)
        {
            try
            {
                return new FileStream(LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
    }
}
