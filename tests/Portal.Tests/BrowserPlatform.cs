using Microsoft.Playwright;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Portal.Tests;

/// <summary>The whole platform started by the AppHost, and Debian's Chromium driven by Playwright against its gateway.</summary>
public sealed class BrowserPlatform : IAsyncLifetime
{
    /// <summary>
    /// Every test submits from this machine's one address, so the per-IP limit of the public forms is lifted here;
    /// the per-phone limit stays as configured, and a test reaches it with a phone number of its own.
    /// </summary>
    public PlatformFixture Platform { get; } = new PlatformFixture().WithEnvironment("stations", "Stations__PublicRateLimits__PerIp", "1000");

    public IBrowser Browser { get; private set; } = null!;

    private IPlaywright? _playwright;

    /// <summary>Screenshots land in the test output, as artefacts of the run.</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(ScreenshotDirectory);

        // The machine may be busy with other builds: waiting for an element is allowed much longer than Playwright's default.
        Assertions.SetDefaultExpectTimeout(30_000);
        await Platform.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            // Playwright's own browser download cannot work here; the system Chromium is installed by scripts/prerequisites.sh.
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Platform.DisposeAsync();
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Platform.GatewayAddress.ToString(),
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
        });
        context.SetDefaultTimeout(60_000);
        return await context.NewPageAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserPlatform>
{
    public const string Name = "browser";
}
