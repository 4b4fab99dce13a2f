using System.Net;
using Microsoft.Extensions.Primitives;
using Microsoft.Extensions.ServiceDiscovery;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.ServiceDiscovery;

namespace RenminDaibiao.Gateway;

/// <summary>
/// Turns destination addresses such as http://deputies into the endpoints that service discovery
/// knows (services:deputies:http:0 under Aspire's conventions), and follows their changes.
/// </summary>
internal sealed class ServiceDiscoveryDestinationResolver(ServiceEndpointResolver resolver) : IDestinationResolver
{
    public async ValueTask<ResolvedDestinationCollection> ResolveDestinationsAsync(
        IReadOnlyDictionary<string, DestinationConfig> destinations, CancellationToken cancellationToken)
    {
        var resolved = new Dictionary<string, DestinationConfig>(StringComparer.OrdinalIgnoreCase);
        var changeTokens = new List<IChangeToken>();
        foreach (var (destinationId, destination) in destinations)
        {
            var address = new Uri(destination.Address);
            var endpoints = await resolver.GetEndpointsAsync(address.GetLeftPart(UriPartial.Authority), cancellationToken)
                .ConfigureAwait(false);
            changeTokens.Add(endpoints.ChangeToken);
            foreach (var endpoint in endpoints.Endpoints)
            {
                var (host, port) = endpoint.EndPoint switch
                {
                    IPEndPoint ip => (ip.Address.ToString(), ip.Port),
                    DnsEndPoint dns => (dns.Host, dns.Port),
                    UriEndPoint uri => (uri.Uri.Host, uri.Uri.Port),
                    var other => throw new InvalidOperationException($"unsupported endpoint {other}"),
                };
                var target = new UriBuilder(address) { Host = host, Port = port };
                resolved[$"{destinationId}[{host}:{port}]"] = destination with { Address = target.Uri.ToString() };
            }
        }

        return new ResolvedDestinationCollection(resolved, new CompositeChangeToken(changeTokens));
    }
}
