using System.Net;
using System.Text.RegularExpressions;

namespace DistrictPortal.Bench.Load;

/// <summary>
/// What a browser would post for one form of a page: inputs (checkboxes and radios only when checked), the selected
/// option of each select, and textareas. Enough for the portal's own server-rendered forms; not a general HTML parser.
/// </summary>
internal static partial class FormScraper
{
    public static List<KeyValuePair<string, string>> Fields(string html, string formId)
    {
        var start = html.IndexOf($"<form id=\"{formId}\"", StringComparison.Ordinal);
        if (start < 0)
            throw new InvalidOperationException($"The page has no form #{formId}.");
        var end = html.IndexOf("</form>", start, StringComparison.Ordinal);
        var form = html[start..end];
        var fields = new List<KeyValuePair<string, string>>();

        foreach (Match input in Input().Matches(form))
        {
            var tag = input.Value;
            var name = Attribute(tag, "name");
            var type = Attribute(tag, "type") ?? "text";
            if (name is null || type is "submit" or "button" or "reset")
                continue;
            if (type is "checkbox" or "radio" && !tag.Contains(" checked", StringComparison.Ordinal))
                continue;
            fields.Add(new(name, Attribute(tag, "value") ?? (type == "checkbox" ? "on" : "")));
        }
        foreach (Match select in Select().Matches(form))
        {
            var options = Option().Matches(select.Groups[2].Value).Select(m => m.Value).ToList();
            var chosen = options.FirstOrDefault(o => o.Contains(" selected", StringComparison.Ordinal)) ?? options.FirstOrDefault();
            fields.Add(new(WebUtility.HtmlDecode(select.Groups[1].Value), chosen is null ? "" : Attribute(chosen, "value") ?? ""));
        }
        foreach (Match area in TextArea().Matches(form))
            fields.Add(new(WebUtility.HtmlDecode(area.Groups[1].Value), WebUtility.HtmlDecode(area.Groups[2].Value)));
        return fields;
    }

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    [GeneratedRegex("<input\\b[^>]*>")]
    private static partial Regex Input();

    [GeneratedRegex("<select\\b[^>]*name=\"([^\"]*)\"[^>]*>(.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex Select();

    [GeneratedRegex("<option\\b[^>]*>")]
    private static partial Regex Option();

    [GeneratedRegex("<textarea\\b[^>]*name=\"([^\"]*)\"[^>]*>(.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex TextArea();
}
