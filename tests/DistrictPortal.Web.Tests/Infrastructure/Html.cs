using System.Net;
using System.Text.RegularExpressions;

namespace DistrictPortal.Web.Tests.Infrastructure;

/// <summary>Just enough HTML reading for assertions: elements by class, data attributes, the text of a validation message.</summary>
public static partial class Html
{
    /// <summary>The opening tags of elements whose class attribute contains <paramref name="cssClass"/> as a word.</summary>
    public static IReadOnlyList<string> OpeningTags(string html, string cssClass) =>
        Regex.Matches(html, $"<[a-z]+[^>]*class=\"(?:[^\"]* )?{Regex.Escape(cssClass)}(?: [^\"]*)?\"[^>]*>")
            .Select(m => m.Value).ToList();

    public static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $"\\s{Regex.Escape(name)}=\"([^\"]*)\"");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    /// <summary>The text of the validation message shown beside field <paramref name="field"/>.</summary>
    public static string FieldMessage(string html, string field)
    {
        var match = Regex.Match(html, $"<span[^>]*data-valmsg-for=\"{Regex.Escape(field)}\"[^>]*>(.*?)</span>", RegexOptions.Singleline);
        return match.Success ? Text(match.Groups[1].Value) : "";
    }

    public static string Text(string fragment) =>
        WebUtility.HtmlDecode(Tags().Replace(fragment, " ")).Trim();

    /// <summary>The value of a hidden or text input by name.</summary>
    public static string? InputValue(string html, string name)
    {
        var tag = Regex.Match(html, $"<input[^>]*name=\"{Regex.Escape(name)}\"[^>]*>").Value;
        return tag.Length == 0 ? null : Attribute(tag, "value");
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
