namespace RenminDaibiao.AppHost.Hosting;

internal static class Health
{
    /// <summary>Polls a probe until it succeeds; fails fast when the process dies first.</summary>
    public static async Task WaitUntilAsync(
        string name, ManagedProcess process, Func<Task<bool>> probe, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.Exited.IsCompleted)
            {
                throw new InvalidOperationException(
                    $"{name} exited with code {process.Exited.Result} before it became healthy:{Environment.NewLine}{process.Tail}");
            }

            if (await probe().ConfigureAwait(false))
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken).ConfigureAwait(false);
        }

        throw new TimeoutException($"{name} did not become healthy within {timeout.TotalSeconds:0} s:{Environment.NewLine}{process.Tail}");
    }
}
