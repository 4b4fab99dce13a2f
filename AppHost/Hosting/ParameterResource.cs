using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RenminDaibiao.AppHost.Hosting;

/// <summary>
/// A secret value (Aspire's parameter): taken from configuration Parameters:{name} when given,
/// otherwise generated once and kept in the data directory so that restarts reuse it.
/// </summary>
public sealed class ParameterResource : Resource
{
    private static readonly SemaphoreSlim FileLock = new(1, 1);
    private string? _value;

    internal ParameterResource(string name)
        : base(name)
    {
    }

    public override string? Url => null;

    public string Value => _value ?? throw new InvalidOperationException($"parameter {Name} is not resolved yet");

    internal override async Task StartAsync(HostingContext context, CancellationToken cancellationToken)
    {
        var configured = context.Configuration[$"Parameters:{Name}"];
        if (configured is not null)
        {
            _value = configured;
            State = ResourceState.External;
            return;
        }

        await FileLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _value = await LoadOrGenerateAsync(Path.Combine(context.DataDirectory, "parameters.json"), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            FileLock.Release();
        }

        State = ResourceState.Running;
    }

    internal override Task StopAsync() => Task.CompletedTask;

    private async Task<string> LoadOrGenerateAsync(string file, CancellationToken cancellationToken)
    {
        var stored = File.Exists(file)
            ? JsonNode.Parse(await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false))!.AsObject()
            : [];
        if (stored[Name]?.GetValue<string>() is { } existing)
        {
            return existing;
        }

        var generated = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        stored[Name] = generated;
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, stored.ToJsonString(new JsonSerializerOptions { WriteIndented = true }), cancellationToken)
            .ConfigureAwait(false);
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return generated;
    }
}
