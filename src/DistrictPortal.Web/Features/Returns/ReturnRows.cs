using System.Globalization;
using DistrictPortal.Core.Returns;

namespace DistrictPortal.Web.Features.Returns;

/// <summary>The return page's filters (?f=): 全部 / 待办：未销号 / 本周有变更 / 有退回意见.</summary>
public enum RowFilter
{
    All = 0,
    Todo = 1,
    Changed = 2,
    Reasons = 3,
}

/// <summary>One estate's line as the page shows it: its 序号 on the list, its community, and why it is marked.</summary>
/// <param name="Locked">Struck off in an accepted earlier week: the officer cannot change it, so it is shown folded.</param>
public sealed record ReturnRowView(
    int Number,
    ReturnRow Row,
    string Community,
    bool Locked,
    bool ChangedThisWeek,
    bool ChangedSinceSendBack,
    string? Reason)
{
    public long Id => Row.EstateId;

    public bool Matches(RowFilter filter) => filter switch
    {
        RowFilter.Todo => !Row.IsStruckOff,
        RowFilter.Changed => ChangedThisWeek,
        RowFilter.Reasons => Reason is not null,
        _ => true,
    };

    /// <summary>The search box: part of the estate's name, or its 序号.</summary>
    public bool Matches(string? search) =>
        string.IsNullOrWhiteSpace(search)
        || Row.EstateName.Contains(search.Trim(), StringComparison.OrdinalIgnoreCase)
        || (int.TryParse(search.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n == Number);
}

/// <summary>
/// The rows of the return in list order (community, then name), numbered, with the filter's counts. The filter and the
/// search only choose what is shown: a row left out of the page is left out of the form, and a save keeps it as it was
/// (<see cref="ReturnForm.ApplyTo"/> changes only the rows posted). A row with an error is always shown.
/// </summary>
public sealed class ReturnRows
{
    public required IReadOnlyList<ReturnRowView> All { get; init; }
    public required IReadOnlyList<ReturnRowView> Shown { get; init; }
    public required RowFilter Filter { get; init; }
    public string? Search { get; init; }

    public int Count(RowFilter filter) => All.Count(r => r.Matches(filter));

    public bool IsFiltered => Filter != RowFilter.All || !string.IsNullOrWhiteSpace(Search);

    /// <summary>The query of this filter, keeping the search ("?f=todo&amp;q=…").</summary>
    public string Query(RowFilter filter) => new View(filter, Search).Query();

    public static string Name(RowFilter filter) => filter.ToString().ToLowerInvariant();

    public static RowFilter Parse(string? value) =>
        Enum.GetValues<RowFilter>().FirstOrDefault(f => string.Equals(Name(f), value, StringComparison.Ordinal));

    /// <summary>"Rows[123].Mode" → 123; null for the return's own fields.</summary>
    public static long? EstateIdOf(string field) =>
        field.StartsWith("Rows[", StringComparison.Ordinal) && field.IndexOf(']', StringComparison.Ordinal) is var end and > 5
        && long.TryParse(field.AsSpan(5, end - 5), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;

    /// <summary>What the officer asked to see: ?f= and ?q=.</summary>
    public readonly record struct View(RowFilter Filter, string? Search)
    {
        /// <summary>"?f=todo&amp;q=…", empty for everything.</summary>
        public string Query()
        {
            var parts = new List<string>();
            if (Filter != RowFilter.All)
                parts.Add("f=" + Name(Filter));
            if (!string.IsNullOrWhiteSpace(Search))
                parts.Add("q=" + Uri.EscapeDataString(Search.Trim()));
            return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
        }
    }

    /// <summary>Search text past this is not an estate name anyone typed; it is cut rather than refused.</summary>
    public const int MaxSearchLength = 50;

    public static ReturnRows Build(ReturnContext context, WeeklyReturn shown, IReadOnlyDictionary<long, string> communities,
        SendBackTrail trail, bool editable, RowFilter filter, string? search, IReadOnlySet<long> withErrors)
    {
        var previous = context.PreviousAccepted;
        var standing = editable ? context.StandingStrikeOffs : new Dictionary<long, ReturnRow>();
        var all = shown.Rows
            .OrderBy(x => communities.GetValueOrDefault(x.EstateId, ""), StringComparer.Ordinal)
            .ThenBy(x => x.EstateName, StringComparer.Ordinal)
            .Select((row, i) => new ReturnRowView(
                i + 1,
                row,
                communities.GetValueOrDefault(row.EstateId, ""),
                standing.ContainsKey(row.EstateId) && !withErrors.Contains(row.EstateId),
                ReturnRowChange.SinceLastAccepted(row, previous.GetValueOrDefault(row.EstateId)),
                trail.IsActive && trail.Changed.Contains(row.EstateName),
                row.ReviewReason ?? (trail.IsActive ? trail.RowReasons.GetValueOrDefault(row.EstateName) : null)))
            .ToList();
        search = search is { Length: > MaxSearchLength } ? search[..MaxSearchLength] : search;
        return new ReturnRows
        {
            All = all,
            Shown = all.Where(r => withErrors.Contains(r.Id) || (r.Matches(filter) && r.Matches(search))).ToList(),
            Filter = filter,
            Search = search,
        };
    }
}
