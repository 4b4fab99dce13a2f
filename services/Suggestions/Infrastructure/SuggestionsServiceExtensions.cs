using RenminDaibiao.Messaging;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.Suggestions.IntegrationEvents;

namespace RenminDaibiao.Suggestions.Infrastructure;

public static class SuggestionsServiceExtensions
{
    /// <summary>Deputies, committee staff, admins and handling units: everyone who takes part in handling suggestions.</summary>
    public const string ParticipantPolicy = "suggestions-participant";

    public static IHostApplicationBuilder AddSuggestionsServices(this IHostApplicationBuilder builder)
    {
        builder.AddNpgsqlDbContext<SuggestionsContext>("suggestionsdb", (services, options) => options.UseOutboxSignal(services));
        var seedDemo = builder.Configuration.GetValue<bool>("Demo:Enabled");
        builder.Services.AddMigration<SuggestionsContext>(seedDemo ? DemoData.SeedAsync : null);
        SuggestionsMetrics.AddTo(builder.Services);
        builder.AddEventBus<SuggestionsContext>("rabbitmq", bus =>
        {
            bus.AddConsumer<CongressDeclaredConsumer>();
            bus.AddConsumer<OpinionRaisedAsSuggestionConsumer>();
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.Configure<OverdueEscalationOptions>(builder.Configuration.GetSection(OverdueEscalationOptions.SectionName));
        builder.Services.AddHostedService<OverdueEscalation>();
        builder.Services.Configure<AttachmentStorageOptions>(builder.Configuration.GetSection(AttachmentStorageOptions.SectionName));
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(ParticipantPolicy, policy => policy.RequireRole(Roles.Deputy, Roles.CommitteeStaff, Roles.Admin, Roles.HandlingUnit));
        return builder;
    }
}
