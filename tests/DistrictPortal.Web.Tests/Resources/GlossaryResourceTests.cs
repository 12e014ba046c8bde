using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace DistrictPortal.Web.Tests.Resources;

/// <summary>
/// Issue 17: the English resources use the glossary's English names. Where a Chinese label is one of the glossary's terms
/// (a column "清零率（%）", a status "审核通过"), its English label is that term's English name. Buttons and titles that
/// say what to do or where to go ("审核通过" as the accept button, "督办" as the menu) are verbs and places, not terms.
/// </summary>
public sealed partial class GlossaryResourceTests
{
    private static string ResourceFolder([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "src", "DistrictPortal.Web", "Resources"));

    private static Dictionary<string, string> Values(string file) =>
        XDocument.Load(Path.Combine(ResourceFolder(), file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);

    /// <summary>Keys of actions and places: the accept and send-back buttons, the menu and page titles.</summary>
    private static bool IsActionOrPlace(string key) =>
        key.StartsWith("Nav.", StringComparison.Ordinal) || key.EndsWith(".Title", StringComparison.Ordinal)
        || key.StartsWith("Returns.Action.", StringComparison.Ordinal) || key is "Returns.Accept" or "Returns.SendBack";

    [Fact]
    public void Every_label_that_is_a_glossary_term_has_its_english_name_in_english()
    {
        var chinese = Values("SharedResource.resx");
        var english = Values("SharedResource.en.resx");
        var terms = Core.Glossary.Glossary.Terms.ToDictionary(t => t.Chinese, t => t.English);
        var checkedLabels = 0;
        var wrong = new List<string>();
        foreach (var (key, value) in chinese.Where(c => !IsActionOrPlace(c.Key)))
        {
            if (!terms.TryGetValue(Unit().Replace(value, ""), out var name))
                continue;
            checkedLabels++;
            var label = Unit().Replace(english.GetValueOrDefault(key, ""), "");
            if (!string.Equals(label, name, StringComparison.OrdinalIgnoreCase))
                wrong.Add($"{key}: “{value}” is “{english.GetValueOrDefault(key)}” in English; the glossary says “{name}”");
        }
        Assert.True(checkedLabels >= 40, $"only {checkedLabels} labels are glossary terms");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void No_chinese_resource_uses_a_retired_name_or_half_width_punctuation()
    {
        var problems = Values("SharedResource.resx")
            .SelectMany(v => Core.Glossary.Glossary.RetiredIn(v.Value).Select(r => $"{v.Key}: {r.Retired} → {r.Use}")
                .Concat(Core.Glossary.Glossary.HalfWidthPunctuationIn(v.Value).Select(h => $"{v.Key}: 半角标点 {h}")))
            .ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [GeneratedRegex(@"\s*(（%）|\(%\))$")]
    private static partial Regex Unit();
}
