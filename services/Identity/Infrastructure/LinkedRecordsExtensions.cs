using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Identity.Infrastructure;

public static class LinkedRecordsExtensions
{
    public static IServiceCollection AddLinkedRecords(this IServiceCollection services)
    {
        // Service discovery resolves these names (services__deputies__http__0, as Aspire injects them).
        services.AddHttpClient(LinkedRecords.DeputiesClient, client => client.BaseAddress = new Uri("http://deputies"))
            .AddHttpMessageHandler<CallerTokenHandler>();
        services.AddHttpClient(LinkedRecords.SuggestionsClient, client => client.BaseAddress = new Uri("http://suggestions"))
            .AddHttpMessageHandler<CallerTokenHandler>();
        services.AddSingleton<LinkedRecords>();
        return services;
    }
}
