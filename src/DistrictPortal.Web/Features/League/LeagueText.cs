using System.Globalization;
using DistrictPortal.Core.League;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Features.League;

/// <summary>How league values read, the same on the page and in the workbook.</summary>
public static class LeagueText
{
    public const string None = "—";

    public static string Percent(decimal? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) + "%" : None;

    public static string Rank(LeagueRow row) => row.Rank?.ToString(CultureInfo.InvariantCulture) ?? None;

    /// <summary>"▲2" up two places, "▼1" down one, "＝" unchanged, "—" when either week is unranked.</summary>
    public static string Movement(LeagueRow row) => row.Movement switch
    {
        null => None,
        > 0 and var up => "▲" + up.ToString(CultureInfo.InvariantCulture),
        < 0 and var down => "▼" + (-down).ToString(CultureInfo.InvariantCulture),
        _ => "＝",
    };

    /// <summary>第一档 … 第四档 (the glossary's names; "Q1" was retired).</summary>
    public static string Quartile(LeagueRow row) => row.Quartile is { } q and >= 1 and <= 4 ? $"第{"一二三四"[q - 1]}档" : None;

    public static string Committees(LeagueLine line) =>
        (line.CommitteesFormedNow ?? line.Standing.CommitteesFormed).ToString(CultureInfo.InvariantCulture) + " / "
        + (line.CommitteesNeeded?.ToString(CultureInfo.InvariantCulture) ?? None);

    public static string Retrofit(LeagueLine line) => line.RetrofitPercent is { } r ? Percent(r) : None;

    public static string Badges(LeagueBadges badges, IStringLocalizer l) => string.Join(" ",
        Enum.GetValues<LeagueBadges>().Where(b => b != LeagueBadges.None && badges.HasFlag(b)).Select(b => l[$"League.Badge.{b}"].Value));
}
