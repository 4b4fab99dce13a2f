using Microsoft.Playwright;

namespace RenminDaibiao.Portal.Tests;

/// <summary>What every page must satisfy, and its screenshots at a phone's and a desktop's width.</summary>
internal static class PageChecks
{
    /// <summary>The page is Chinese, every form field has a label, and nothing is wider than the window.</summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        Assert.Equal("zh-CN", await page.Locator("html").GetAttributeAsync("lang"));
        var unlabelled = await page.EvaluateAsync<string[]>(
            """
            () => Array.from(document.querySelectorAll('input, select, textarea'))
                .filter(field => !['hidden', 'submit', 'button'].includes(field.type))
                .filter(field => field.labels.length === 0 && !field.getAttribute('aria-label') && !field.closest('label'))
                .map(field => field.outerHTML)
            """);
        Assert.Empty(unlabelled);
    }

    /// <summary>Full-page screenshots at 375 px and 1440 px of an accessible page; at each width the page must not scroll sideways.</summary>
    public static async Task CaptureAsync(IPage page, string name)
    {
        await AssertAccessibleAsync(page);
        foreach (var (width, height) in new[] { (375, 812), (1440, 900) })
        {
            await page.SetViewportSizeAsync(width, height);
            await page.Locator("h1").First.WaitForAsync();
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{name} scrolls sideways by {overflow} px at {width} px");
            await page.ScreenshotAsync(new PageScreenshotOptions
            {
                Path = Path.Combine(BrowserPlatform.ScreenshotDirectory, $"{name}-{width}.png"),
                FullPage = true,
            });
        }
    }
}
