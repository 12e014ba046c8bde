using System.Globalization;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Returns;

namespace DistrictPortal.Documents.Pdf.Briefing;

/// <summary>How briefings print figures: thousands separators, one-decimal percentages, "—" for no figure.</summary>
public static class BriefingFormat
{
    public const string None = "—";
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Count(long value) => value.ToString("#,##0", Invariant);

    public static string Percent(decimal? value) => value is { } v ? v.ToString("0.0", Invariant) + "%" : None;

    /// <summary>m², up to two decimals: 1,234.5.</summary>
    public static string Area(decimal? value) => value is { } v ? v.ToString("#,##0.##", Invariant) : None;

    /// <summary>Yuan to the cent: 1,234.50.</summary>
    public static string Money(decimal value) => value.ToString("#,##0.00", Invariant);

    public static string Date(DateOnly? value) => value is { } d ? d.ToString("yyyy-MM-dd", Invariant) : None;

    /// <summary>
    /// The as-of of a figure taken from the week's accepted returns: frozen when each was accepted, so it never changes
    /// with later edits. Every figure printed beside a live one carries one of these two labels (README, "Where each fact lives").
    /// </summary>
    public static string Frozen(DateOnly weekEnding) => Label(AsOf.Frozen(weekEnding, weekEnding));

    /// <summary>The as-of of a figure read from its home the day the document is made (committee records keep no weekly snapshot).</summary>
    public static string Live(DateOnly today) => Label(AsOf.Live(today));

    /// <summary>Core's as-of in the briefing's words: the same as the pages' (README, "As-of labels"), a live one with its day.</summary>
    public static string Label(AsOf asOf) => AsOfText.Label(asOf);

    /// <summary>▲2 up two places, ▼1 down one, "持平" no change, "—" when either week is unranked.</summary>
    public static string Movement(int? places) => places switch
    {
        null => None,
        > 0 => $"▲{places}",
        < 0 => $"▼{-places}",
        _ => "持平",
    };

    public static string Level(NodeLevel level) => level switch
    {
        NodeLevel.City => "市",
        NodeLevel.District => "区",
        NodeLevel.SubDistrict => "街道",
        NodeLevel.Community => "社区",
        NodeLevel.Estate => "小区",
        _ => level.ToString(),
    };

    /// <summary>一 … 十 for section numbers.</summary>
    public static string Numeral(int n) =>
        n is >= 1 and <= 10 ? "一二三四五六七八九十"[n - 1].ToString() : n.ToString(Invariant);
}
