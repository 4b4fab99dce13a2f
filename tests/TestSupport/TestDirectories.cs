namespace RenminDaibiao.TestSupport;

public static class TestDirectories
{
    /// <summary>A fresh data directory outside the repository, so tests never touch the developer's .data.</summary>
    public static string NewDataDirectory()
    {
        var directory = Path.Combine(Path.GetTempPath(), "renmindaibiao-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(directory);
        return directory;
    }

    public static void Delete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A server that is still flushing may hold a file for a moment; the temp folder is cleaned by the OS.
        }
    }
}
