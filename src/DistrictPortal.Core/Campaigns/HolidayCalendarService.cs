using System.Globalization;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;

namespace DistrictPortal.Core.Campaigns;

/// <summary>
/// Keeping the holiday calendar (法定节假日与调休). There is one calendar for the whole portal because the holidays are
/// the State Council's (national), published once a year and the same in every district; a district-scoped admin
/// editing it would change every other district's deadlines. So only an admin whose scope is the city edits it;
/// everyone reads it. The replacement itself is checked here, before anything is written: a range that is not empty,
/// every day inside it and given once, a make-up working day on a weekend, a name of at most <see cref="MaxNameLength"/>.
/// </summary>
public sealed class HolidayCalendarService(ICampaignRepository campaigns, INodeRepository nodes)
{
    public const int MaxNameLength = 50;

    /// <summary>The editor may not edit the calendar at all (the web answers 403); no other error is given with it.</summary>
    public const string CityAdminOnly = "Calendar.CityAdminOnly";
    public const string EmptyRange = "Calendar.EmptyRange";
    public const string DayOutsideRange = "Calendar.DayOutsideRange";
    public const string DayTwice = "Calendar.DayTwice";
    public const string MakeUpOnWeekday = "Calendar.MakeUpOnWeekday";
    public const string NameTooLong = "Calendar.NameTooLong";
    public const string NameControlCharacters = "Calendar.NameControlCharacters";

    /// <summary>The rule: an admin whose scope is the city (the root of the tree).</summary>
    public static bool CanEdit(Role role, NodeLevel scopeLevel) => role == Role.Admin && scopeLevel == NodeLevel.City;

    public async Task<bool> CanEditAsync(Role role, long scopeNodeId) =>
        role == Role.Admin && await nodes.GetByIdAsync(scopeNodeId) is { } scope && CanEdit(role, scope.Level);

    /// <summary>What the admin's home page warns about on <paramref name="today"/> (<see cref="CalendarAhead"/>).</summary>
    public async Task<IReadOnlyList<CalendarGap>> GapsAsync(DateOnly today)
    {
        var (from, to) = CalendarAhead.Range(today);
        return CalendarAhead.Gaps(today, await campaigns.ListCalendarAsync(from, to));
    }

    /// <summary>Replaces the days between <paramref name="from"/> and <paramref name="to"/> (both included) with <paramref name="days"/>, all or nothing.</summary>
    public async Task<DomainResult> ReplaceAsync(
        Role editorRole, long editorScopeNodeId, DateOnly from, DateOnly to, IReadOnlyList<CalendarDay> days, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(days);
        if (!await CanEditAsync(editorRole, editorScopeNodeId))
            return DomainResult.Refuse("", CityAdminOnly);
        return await ApplyAsync(from, to, days, context);
    }

    /// <summary>
    /// The replacement once the editor may make it (the demo seed, which edits as the system, starts here): validated,
    /// names trimmed, and one audit entry with the range before and after, built here and written with the days.
    /// </summary>
    public async Task<DomainResult> ApplyAsync(DateOnly from, DateOnly to, IReadOnlyList<CalendarDay> days, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(days);
        var errors = Validate(from, to, days);
        if (errors.Count > 0)
            return DomainResult.From(errors);
        var after = days.OrderBy(d => d.Date)
            .Select(d => new CalendarDay { Date = d.Date, IsMakeUpWorkingDay = d.IsMakeUpWorkingDay, Name = d.Name?.Trim() ?? "" })
            .ToList();
        var before = await campaigns.ListCalendarAsync(from, to);
        await campaigns.ReplaceCalendarAsync(from, to, after, Audit(from, to, before, after, context));
        return DomainResult.Ok;
    }

    /// <summary>The calendar's one entry per replacement (entity id 0: there is one calendar): the range, its days before and after.</summary>
    public static IReadOnlyList<AuditEntry> Audit(
        DateOnly from, DateOnly to, IEnumerable<CalendarDay> before, IEnumerable<CalendarDay> after, ChangeContext context) =>
        new AuditDiff(AuditEntities.Calendar, 0, context)
            .Action(AuditActions.Update, $"{Day(from)}..{Day(to)}", Describe(before), Describe(after))
            .Entries;

    /// <summary>"2026-01-01 holiday 元旦; 2026-01-04 work 元旦调休", or null for none.</summary>
    private static string? Describe(IEnumerable<CalendarDay> days)
    {
        var text = string.Join("; ", days.OrderBy(d => d.Date)
            .Select(d => $"{Day(d.Date)} {(d.IsMakeUpWorkingDay ? "work" : "holiday")} {d.Name}".TrimEnd()));
        return text.Length == 0 ? null : text;
    }

    public static IReadOnlyList<ValidationError> Validate(DateOnly from, DateOnly to, IReadOnlyList<CalendarDay> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        if (from > to)
            return [new ValidationError("to", EmptyRange, Day(from), Day(to))];
        var errors = new List<ValidationError>();
        errors.AddRange(days.Where(d => d.Date < from || d.Date > to).Select(d => new ValidationError("date", DayOutsideRange, Day(d.Date), Day(from), Day(to))));
        errors.AddRange(days.GroupBy(d => d.Date).Where(g => g.Count() > 1).Select(g => new ValidationError("date", DayTwice, Day(g.Key))));
        errors.AddRange(days.Where(d => d.IsMakeUpWorkingDay && d.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            .Select(d => new ValidationError("makeUp", MakeUpOnWeekday, Day(d.Date))));
        errors.AddRange(days.Where(d => (d.Name?.Trim().Length ?? 0) > MaxNameLength)
            .Select(d => new ValidationError("name", NameTooLong, Day(d.Date), MaxNameLength)));
        // A holiday's name is a label (Common.TextRule): no control or text-direction characters.
        errors.AddRange(days.Where(d => !Common.TextRule.IsCleanName(d.Name))
            .Select(d => new ValidationError("name", NameControlCharacters, Day(d.Date))));
        return errors;
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
