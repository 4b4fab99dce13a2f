extern alias DeputiesService;

using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Stations.Tests;

/// <summary>
/// The real Deputies service in process with its demo city, which the public form asks about the deputy a citizen
/// addresses. One instance serves every test class: its demo data holds <see cref="StationsFactory.TownDeputy"/>
/// (王志强, serving, 新华街道) and the test classes only read it.
/// </summary>
public sealed class DeputiesService(InfrastructureFixture infrastructure)
    : DemoServiceFactory<DeputiesService::Program>(infrastructure, "deputiesdb")
{
    private static readonly Lock Gate = new();
    private static DeputiesService? _shared;

    public static DeputiesService Shared(InfrastructureFixture infrastructure)
    {
        lock (Gate)
        {
            return _shared ??= new DeputiesService(infrastructure);
        }
    }
}
