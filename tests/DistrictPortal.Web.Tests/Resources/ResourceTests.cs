using System.Globalization;
using System.Xml.Linq;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using DistrictPortal.Web.Infrastructure.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using DistrictPortal.Web.Tests.Infrastructure;

namespace DistrictPortal.Web.Tests.Resources;

[Collection(PortalCollection.Name)]
public sealed class ResourceTests(PortalFactory factory)
{
    private static string ResourceFolder([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "src", "DistrictPortal.Web", "Resources"));

    private static HashSet<string> Keys(string file) => KeyList(file).ToHashSet();

    private static List<string> KeyList(string file) =>
        XDocument.Load(Path.Combine(ResourceFolder(), file)).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToList();

    [Theory]
    [InlineData("SharedResource.resx")]
    [InlineData("SharedResource.en.resx")]
    public void No_key_is_there_twice(string file)
    {
        // A merge (the union driver did this) can leave a key twice: the set comparison above would not see it.
        var twice = KeyList(file).GroupBy(k => k, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(twice.Count == 0, $"{file}: {string.Join(", ", twice)} appear more than once");
    }

    [Fact]
    public void Resource_files_merge_as_text_without_the_union_driver()
    {
        var attributes = Path.Combine(ResourceFolder(), "..", "..", "..", ".gitattributes");
        var rules = File.Exists(attributes)
            ? File.ReadAllLines(attributes).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList()
            : [];
        Assert.DoesNotContain(rules, r => r.Contains("merge=union", StringComparison.Ordinal));
    }

    [Fact]
    public void Chinese_and_English_have_the_same_keys()
    {
        var chinese = Keys("SharedResource.resx");
        var english = Keys("SharedResource.en.resx");
        Assert.Empty(chinese.Except(english));
        Assert.Empty(english.Except(chinese));
    }

    public static TheoryData<string> Cultures => new() { "zh-CN", "en" };

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Every_enum_value_and_validation_code_has_a_label(string culture)
    {
        var l = factory.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            var keys = Names<EstateClass>().Concat(Names<ManagementStatus>()).Concat(Names<ManagementMode>())
                .Concat(Names<Role>()).Concat(Names<NodeLevel>())
                .Concat(LocalizerExtensions.SingleFlags<SixHaves>().Select(f => $"SixHaves.{f}"))
                .Concat(LocalizerExtensions.SingleFlags<EightHaves>().Select(f => $"EightHaves.{f}"))
                .Concat(new[] { "Required", "TooLong", "YearOutOfRange", "NotNegative", "MustBePositive", "RoomLargerThanEstate",
                    "Invalid", "UnmanagedHasNoMode" }.Select(c => $"Validation.{c}"))
                .Concat(typeof(Core.Auditing.AuditActions).GetFields().Select(f => $"Audit.Action.{f.GetValue(null)}"));
            foreach (var key in keys)
                Assert.False(l[key].ResourceNotFound, $"{culture}: no text for {key}");
            Assert.Equal(culture == "en" ? "Class 1" : "一类", l.Enum(EstateClass.One));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static IEnumerable<string> Names<T>() where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => $"{typeof(T).Name}.{v}");
}
