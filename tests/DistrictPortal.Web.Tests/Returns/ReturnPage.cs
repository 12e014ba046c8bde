using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using DistrictPortal.Web.Tests.Infrastructure;

namespace DistrictPortal.Web.Tests.Returns;

/// <summary>Reads the return page the way a browser would submit it, and the few facts the tests look at.</summary>
public static partial class ReturnPage
{
    public static string Url(long subDistrictId, DateOnly week) =>
        string.Create(CultureInfo.InvariantCulture, $"/returns/{subDistrictId}/{week:yyyy-MM-dd}");

    /// <summary>The sub-district id of a return's address "/returns/{id}/{week}".</summary>
    public static long SubDistrictOf(string url) => long.Parse(url.Split('/')[2], CultureInfo.InvariantCulture);

    /// <summary>Every value the officer's form would post as it stands: inputs (checked boxes only), selected options, textareas.</summary>
    public static List<KeyValuePair<string, string>> FormFields(string html, string formId = "return-form")
    {
        var form = Regex.Match(html, $"<form[^>]*id=\"{formId}\"[^>]*>(.*?)</form>", RegexOptions.Singleline);
        Assert.True(form.Success, $"No form #{formId} on the page");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (Match m in Element().Matches(form.Groups[1].Value))
        {
            var tag = m.Groups["tag"].Value;
            var name = Html.Attribute(tag, "name");
            if (name is null || name == "__RequestVerificationToken")
                continue;
            if (tag.StartsWith("<select", StringComparison.Ordinal))
            {
                var options = Regex.Matches(m.Groups["body"].Value, "<option[^>]*>").Select(o => o.Value).ToList();
                var chosen = options.FirstOrDefault(o => o.Contains(" selected", StringComparison.Ordinal)) ?? options.First();
                fields.Add(new(name, Html.Attribute(chosen, "value") ?? ""));
            }
            else if (tag.StartsWith("<textarea", StringComparison.Ordinal))
            {
                fields.Add(new(name, WebUtility.HtmlDecode(m.Groups["body"].Value)));
            }
            else if (Html.Attribute(tag, "type") != "checkbox" || tag.Contains(" checked", StringComparison.Ordinal))
            {
                fields.Add(new(name, Html.Attribute(tag, "value") ?? ""));
            }
        }
        return fields;
    }

    public static List<KeyValuePair<string, string>> Set(this List<KeyValuePair<string, string>> fields, string name, params string[] values)
    {
        fields.RemoveAll(f => f.Key == name);
        fields.AddRange(values.Select(v => new KeyValuePair<string, string>(name, v)));
        return fields;
    }

    public static List<KeyValuePair<string, string>> Row(this List<KeyValuePair<string, string>> fields, long estateId, string property, params string[] values) =>
        fields.Set(string.Create(CultureInfo.InvariantCulture, $"Rows[{estateId}].{property}"), values);

    /// <summary>Strikes an estate off the way P11 wants it: a mode, all six haves, a date.</summary>
    public static List<KeyValuePair<string, string>> StrikeOff(this List<KeyValuePair<string, string>> fields, long estateId, DateOnly date, string mode = "PropertyEnterprise") =>
        fields.Row(estateId, "IsStruckOff", "true", "false")
            .Row(estateId, "StruckOffDate", Iso(date))
            .Row(estateId, "Mode", mode)
            .Row(estateId, "SixHaves", "Organisation", "Cleaning", "Repairs", "Greening", "Security", "Parking");

    public static List<KeyValuePair<string, string>> Command(this List<KeyValuePair<string, string>> fields, string command) =>
        fields.Set("Command", command);

    /// <summary>The opening tag of each estate's row, by estate id.</summary>
    public static Dictionary<long, string> Rows(string html) =>
        Html.OpeningTags(html, "return-row").ToDictionary(t => long.Parse(Html.Attribute(t, "data-estate")!, CultureInfo.InvariantCulture));

    /// <summary>An estate on the return that is not struck off.</summary>
    public static long OpenEstate(string html, int skip = 0) =>
        Rows(html).Where(r => Html.Attribute(r.Value, "data-struck-off") == "false").Select(r => r.Key).Order().Skip(skip).First();

    public static string Status(string html) => Html.Attribute(Html.OpeningTags(html, "return-status").First(), "data-status")!;

    public static string Timeliness(string html) => Html.Attribute(Html.OpeningTags(html, "timeliness").First(), "data-timeliness")!;

    public static string? Figure(string html, string name) =>
        Html.OpeningTags(html, "figure").Select(t => (Name: Html.Attribute(t, "data-figure"), Value: Html.Attribute(t, "data-value")))
            .FirstOrDefault(f => f.Name == name).Value;

    public static string? VersionOf(string html, string formClass)
    {
        var form = Regex.Match(html, $"<form[^>]*class=\"{formClass}\"[^>]*>(.*?)</form>", RegexOptions.Singleline);
        return form.Success ? Html.InputValue(form.Groups[1].Value, "Version") : null;
    }

    /// <summary>The text of the validation summary, one message per item.</summary>
    public static IReadOnlyList<string> Summary(string html) =>
        Regex.Matches(Regex.Match(html, "<div[^>]*validation-summary-errors[^>]*>(.*?)</div>", RegexOptions.Singleline).Groups[1].Value,
                "<li>(.*?)</li>", RegexOptions.Singleline)
            .Select(m => Html.Text(m.Groups[1].Value)).ToList();

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex("(?<tag><select\\b[^>]*>)(?<body>.*?)</select>|(?<tag><textarea\\b[^>]*>)(?<body>.*?)</textarea>|(?<tag><input\\b[^>]*>)", RegexOptions.Singleline)]
    private static partial Regex Element();
}
