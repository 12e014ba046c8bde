using System.Globalization;
using System.Xml.Linq;
using DistrictPortal.Web.Infrastructure.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using DistrictPortal.Web.Tests.Infrastructure;

namespace DistrictPortal.Web.Tests.Resources;

/// <summary>The portal's kept words are the default localizer's, word for word, in both cultures, formatted the same way.</summary>
[Collection(PortalCollection.Name)]
public sealed class CachedSharedLocalizerTests(PortalFactory factory)
{
    private static IEnumerable<string> Names([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        XDocument.Load(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "src", "DistrictPortal.Web", "Resources", "SharedResource.resx")))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!);

    [Fact]
    public void The_portal_uses_the_kept_words_and_they_are_the_resource_managers_in_both_cultures()
    {
        var kept = factory.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        Assert.IsType<CachedSharedLocalizer>(kept);
        var plain = factory.Services.GetRequiredService<IStringLocalizerFactory>().Create(typeof(SharedResource));
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            foreach (var culture in new[] { "zh-CN", "en" })
            {
                CultureInfo.CurrentUICulture = new CultureInfo(culture);
                foreach (var name in Names())
                {
                    // Twice: the second answer comes from what was kept, and must be the same.
                    Assert.Equal(plain[name].Value, kept[name].Value);
                    Assert.Equal(plain[name].Value, kept[name].Value);
                }
                Assert.Equal(plain["League.WeekEnding", "2026-11-27"].Value, kept["League.WeekEnding", "2026-11-27"].Value);
                Assert.Equal((true, "No.Such.Word"), (kept["No.Such.Word"].ResourceNotFound, kept["No.Such.Word"].Value));
            }
            // The same name in another culture is not the kept Chinese word.
            CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
            var chinese = kept["League.Title"].Value;
            CultureInfo.CurrentUICulture = new CultureInfo("en");
            Assert.NotEqual(chinese, kept["League.Title"].Value);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
