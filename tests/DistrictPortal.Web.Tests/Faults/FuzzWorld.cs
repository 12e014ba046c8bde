using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Infrastructure;
using DistrictPortal.Web.Tests.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Faults;

/// <summary>
/// The security sweep's world (the demo plus 外区), a fresh one of its own so the fuzz may write what it likes, and the
/// values a probe needs: hostile values per type, and for each signed-in account a valid id of each kind and a week
/// that exists, so that one parameter at a time can be made hostile while the others lead to a real record.
/// </summary>
public sealed partial class FuzzWorld : IAsyncLifetime
{
    public SweepWorld Sweep { get; } = new();

    public PortalFactory Portal => Sweep.Portal;

    /// <summary>Valid values per account: ids by kind, and the week that goes with them.</summary>
    public IReadOnlyDictionary<string, (IReadOnlyDictionary<IdKind, long> Ids, DateOnly Week)> Valid { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Sweep.InitializeAsync();
        // The admin sees everything: the neighbour of 牌楼 that the sweep names foreign to 牌楼 is the admin's to use, and so are
        // 外区's records. A user id that is not the admin's own, so a hostile edit cannot lock the fuzz out.
        var foreign = Sweep.ForeignTo("pailou");
        var adminIds = Enum.GetValues<IdKind>().Where(k => foreign.Of(k).Count > 0).ToDictionary(k => k, k => foreign.Of(k)[0]);
        adminIds[IdKind.User] = Sweep.UserOf("donghu").Id;
        var pailou = await Demo.NodeAsync(Portal, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        var estate = await Demo.FirstEstateAsync(Portal, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        var officerIds = new Dictionary<IdKind, long> { [IdKind.Node] = pailou.Id, [IdKind.DistrictNode] = pailou.Id, [IdKind.Estate] = estate.Id };
        var thisWeek = ReportingCalendar.WeekEnding(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)));
        Valid = new Dictionary<string, (IReadOnlyDictionary<IdKind, long>, DateOnly)>
        {
            ["admin"] = (adminIds, foreign.Week),
            ["pailou"] = (officerIds, thisWeek),
        };
    }

    public Task DisposeAsync() => Sweep.DisposeAsync();

    /// <summary>A hostile value and the kind of field it is meant for.</summary>
    public sealed record Hostile(string Value, string Why);

    public const string Overlong = "overlong";

    /// <summary>For text: overlong, NUL, control and direction characters.</summary>
    public static readonly Hostile[] ForText =
    [
        new(new string('长', 10_000), Overlong),
        new("a\0b", NulWhy),
        new("\u001b[31m红\u202Eexe.txt\u0007\r\n", "control characters"),
    ];

    public const string NulWhy = "NUL";

    /// <summary>For numbers and ids: past decimal, the 1e20, past int, negative, and not a number at all.</summary>
    public static readonly Hostile[] ForNumbers =
    [
        new("79228162514264337593543950336", "past decimal"),
        new("1e20", "huge"),
        new("2147483648", "past int"),
        new("-1", "negative"),
        new("1 OR 1=1", "malformed"),
    ];

    /// <summary>For dates and weeks: the ends of the calendar (0001-01-05 is the first Friday, a week the issue found) and a day that is no Friday.</summary>
    public static Hostile[] ForDates(DateOnly week) =>
    [
        new("0001-01-01", "first date"),
        new("0001-01-05", "first Friday"),
        new("9999-12-31", "last date"),
        new(week.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "not a Friday"),
    ];

    public static Hostile[] For(Type? type, string? sample, DateOnly week)
    {
        var t = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(DateOnly) || t == typeof(DateTime) || ((t is null || t == typeof(string)) && LooksLikeDate(sample)))
            return ForDates(week);
        if (t is not null && (t.IsEnum || t == typeof(int) || t == typeof(long) || t == typeof(decimal) || t == typeof(double) || t == typeof(bool)))
            return ForNumbers;
        if (t is null && sample is not null && decimal.TryParse(sample, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
            return ForNumbers;
        return ForText;
    }

    private static bool LooksLikeDate(string? s) => s is { Length: 10 } && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <summary>A route parameter's valid value for an account: an id of its kind, its week, a year, else "1".</summary>
    public string ValidFor(string user, SweptAction action, RoutePatternParameterPart p)
    {
        var (ids, week) = Valid[user];
        if (p.Name.Contains("week", StringComparison.OrdinalIgnoreCase))
            return week.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (p.Name.Contains("year", StringComparison.OrdinalIgnoreCase))
            return week.Year.ToString(CultureInfo.InvariantCulture);
        if (ScopeSweepTests.IsId(p) && ids.TryGetValue(ScopeSweepTests.KindOf(action, p), out var id))
            return id.ToString(CultureInfo.InvariantCulture);
        return "1";
    }

    /// <summary>The names and types an action binds from the query or a form, from its parameters (one level into a model).</summary>
    public static IReadOnlyList<(string Name, Type Type)> BoundFields(ControllerActionDescriptor descriptor, IReadOnlyList<RoutePatternParameterPart> route)
    {
        var fields = new List<(string, Type)>();
        foreach (var p in descriptor.MethodInfo.GetParameters())
        {
            if (route.Any(r => string.Equals(r.Name, p.Name, StringComparison.OrdinalIgnoreCase)) || p.ParameterType == typeof(IFormFile)
                || p.ParameterType == typeof(CancellationToken))
                continue;
            var name = p.GetCustomAttribute<FromFormAttribute>()?.Name ?? p.GetCustomAttribute<FromQueryAttribute>()?.Name;
            if (IsSimple(p.ParameterType))
            {
                fields.Add((name ?? p.Name!, p.ParameterType));
                continue;
            }
            var prefix = name is null ? "" : name + ".";
            foreach (var property in p.ParameterType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(q => q.CanWrite && IsSimple(q.PropertyType)))
            {
                if (property.GetCustomAttribute<Microsoft.AspNetCore.Mvc.ModelBinding.BindNeverAttribute>() is not null)
                    continue;
                fields.Add((prefix + (property.GetCustomAttribute<FromQueryAttribute>()?.Name ?? property.Name), property.PropertyType));
            }
        }
        return fields;
    }

    private static bool IsSimple(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t.IsArray)
            t = t.GetElementType()!;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(DateOnly) || t == typeof(DateTime) || t == typeof(TimeOnly);
    }

    /// <summary>The fields of the form on <paramref name="html"/> that posts to <paramref name="postUrl"/>, with the values the page gives them.</summary>
    public static List<KeyValuePair<string, string>>? RenderedForm(string html, string postUrl, string pageUrl)
    {
        foreach (Match form in FormPattern().Matches(html))
        {
            var action = Regex.Match(form.Groups[1].Value, "action=\"([^\"]*)\"");
            var target = action.Success ? WebUtility.HtmlDecode(action.Groups[1].Value).Split('?')[0] : pageUrl.Split('?')[0];
            if (!string.Equals(target, postUrl, StringComparison.OrdinalIgnoreCase) || !form.Groups[1].Value.Contains("post", StringComparison.OrdinalIgnoreCase))
                continue;
            var fields = new List<KeyValuePair<string, string>>();
            foreach (Match input in InputPattern().Matches(form.Groups[2].Value))
            {
                var tag = input.Value;
                var name = Html.Attribute(tag, "name");
                var type = Html.Attribute(tag, "type") ?? "text";
                if (name is null || name == "__RequestVerificationToken" || (type is "checkbox" or "radio" && !tag.Contains(" checked", StringComparison.Ordinal)))
                    continue;
                fields.Add(new(name, Html.Attribute(tag, "value") ?? ""));
            }
            foreach (Match select in SelectPattern().Matches(form.Groups[2].Value))
            {
                var selected = Regex.Match(select.Groups[2].Value, "<option[^>]*selected[^>]*value=\"([^\"]*)\"|<option[^>]*value=\"([^\"]*)\"[^>]*selected");
                var first = Regex.Match(select.Groups[2].Value, "<option[^>]*value=\"([^\"]*)\"");
                var value = selected.Success ? selected.Groups[1].Value + selected.Groups[2].Value : first.Success ? first.Groups[1].Value : "";
                fields.Add(new(WebUtility.HtmlDecode(select.Groups[1].Value), WebUtility.HtmlDecode(value)));
            }
            foreach (Match area in TextAreaPattern().Matches(form.Groups[2].Value))
                fields.Add(new(WebUtility.HtmlDecode(area.Groups[1].Value), WebUtility.HtmlDecode(area.Groups[2].Value)));
            return fields;
        }
        return null;
    }

    [GeneratedRegex("<form([^>]*)>(.*?)</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormPattern();

    [GeneratedRegex("<input[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InputPattern();

    [GeneratedRegex("<select[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex SelectPattern();

    [GeneratedRegex("<textarea[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</textarea>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex TextAreaPattern();
}

[CollectionDefinition(Name)]
public sealed class FuzzCollection : ICollectionFixture<FuzzWorld>
{
    public const string Name = "fuzz";
}
