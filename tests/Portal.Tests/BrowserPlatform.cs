using Microsoft.Playwright;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Portal.Tests;

/// <summary>The whole platform started by the AppHost, and Debian's Chromium driven by Playwright against its gateway.</summary>
public sealed class BrowserPlatform : IAsyncLifetime
{
    public PlatformFixture Platform { get; } = new();

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

    /// <summary>
    /// A browser of its own person, at an address of its own: every page comes from this machine, so each names a
    /// different address (in 198.18.0.0/15, reserved for tests) to the gateway, which trusts a loopback caller's
    /// X-Forwarded-For as it trusts a load balancer's. The public forms' per-IP limits then count people apart.
    /// </summary>
    public async Task<IPage> NewPageAsync()
    {
        var address = $"198.18.{Random.Shared.Next(0, 256)}.{Random.Shared.Next(1, 255)}";
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Platform.GatewayAddress.ToString(),
            ExtraHTTPHeaders = new Dictionary<string, string> { ["X-Forwarded-For"] = address },
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
