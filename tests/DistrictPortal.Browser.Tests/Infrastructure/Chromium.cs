using Microsoft.Playwright;

namespace DistrictPortal.Browser.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium driven headless by Playwright (Playwright's own browser download is not used). Launched once for
/// all walks; each walk opens its own contexts (cookie jars). A machine without Chromium fails every browser test with a
/// message saying how to install it: a skipped browser suite would look green in CI while proving nothing.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    /// <summary>DISTRICTPORTAL_CHROMIUM points at another Chromium build; Debian's is the default.</summary>
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("DISTRICTPORTAL_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException(
        $"Chromium was not found at {ExecutablePath}. Install it with scripts/install-prerequisites.sh "
        + "(Debian package 'chromium' and the CJK font 'fonts-wqy-microhei'), or set DISTRICTPORTAL_CHROMIUM to a Chromium binary.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
            return; // Browser then throws the message above in every test, so each fails saying why.
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<Chromium>
{
    public const string Name = "browser";
}
