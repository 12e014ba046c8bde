using Microsoft.Playwright;

namespace DistrictPortal.Browser.Tests.Infrastructure;

/// <summary>A step of a walk failed: the message names the language, the step, the page and what was expected.</summary>
public sealed class WalkStepFailed(string message, Exception inner) : Exception(message, inner);

/// <summary>
/// A walk through the portal as numbered steps. Each step leaves a screenshot under artifacts/browser/&lt;language&gt;/
/// (git-ignored; CI keeps it as an artefact) of the viewport, scrolled to what the step checks; a failing step leaves one named "FAILED" and throws saying which page it was
/// on and what it expected there.
/// </summary>
public sealed class Walk
{
    private readonly string _language;
    private int _number;

    public Walk(string language)
    {
        _language = language;
        Folder = Path.Combine(ArtifactsRoot(), "browser", language);
        if (Directory.Exists(Folder))
            Directory.Delete(Folder, recursive: true);
        Directory.CreateDirectory(Folder);
    }

    /// <summary>Where this walk's screenshots go.</summary>
    public string Folder { get; }

    /// <summary>
    /// Runs one step on <paramref name="page"/>; <paramref name="expected"/> says what the step checks, for the failure
    /// message. The page the step ends on is then checked by axe-core for WCAG 2.1 A/AA (issue 15): a violation fails the
    /// step. <paramref name="accessibility"/> false is for a page the portal does not render itself (Hangfire's dashboard).
    /// </summary>
    public async Task StepAsync(IPage page, string name, string expected, Func<Task> action, bool accessibility = true)
    {
        var number = ++_number;
        var file = $"{number:00}-{name}";
        try
        {
            await action();
            if (accessibility)
                await Axe.AssertAccessibleAsync(page);
        }
        catch (Exception ex)
        {
            await ScreenshotAsync(page, $"{file}-FAILED");
            throw new WalkStepFailed(
                $"[{_language}] step {number:00} '{name}' on {page.Url} (\"{await TitleAsync(page)}\"): expected {expected}. {ex.Message}", ex);
        }
        await ScreenshotAsync(page, file);
    }

    private async Task ScreenshotAsync(IPage page, string file)
    {
        try
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, file + ".png"), FullPage = false });
        }
        catch (PlaywrightException)
        {
            // A page that has gone (a crashed tab) cannot be photographed; the step's own message still says what failed.
        }
    }

    private static async Task<string> TitleAsync(IPage page)
    {
        try
        {
            return await page.TitleAsync();
        }
        catch (PlaywrightException)
        {
            return "";
        }
    }

    /// <summary>The repository's artifacts/ folder (found by DistrictPortal.sln), or one beside the test binaries.</summary>
    private static string ArtifactsRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DistrictPortal.sln")))
                return Path.Combine(dir.FullName, "artifacts");
        }
        return Path.Combine(AppContext.BaseDirectory, "artifacts");
    }
}
