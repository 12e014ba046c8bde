using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Campaigns;
using DistrictPortal.Data.Tests.Infrastructure;

namespace DistrictPortal.Data.Tests.Campaigns;

/// <summary>
/// The holiday calendar is one for the whole portal, so on a shared database each test works in a year of its
/// own, far from any real notice.
/// </summary>
public sealed class CalendarTests
{
    private const string CalendarEntityType = AuditEntities.Calendar;

    /// <summary>
    /// The store's call with the audit entry Core builds for it (<see cref="HolidayCalendarService.Audit"/>); Core's rules
    /// (a make-up day on a weekend, in a far year's calendar) are the service's tests', not the store's.
    /// </summary>
    private static async Task ReplaceAsync(TestDatabase db, DateOnly from, DateOnly to, IReadOnlyList<CalendarDay> days, ChangeContext context) =>
        await db.Campaigns.ReplaceCalendarAsync(from, to, days,
            HolidayCalendarService.Audit(from, to, await db.Campaigns.ListCalendarAsync(from, to), days, context));

    private static int FarYear() => 2100 + Random.Shared.Next(0, 7000);

    private static CalendarDay Day(DateOnly date, string name, bool makeUp = false) =>
        new() { Date = date, Name = name, IsMakeUpWorkingDay = makeUp };

    [DatabaseTheory, DatabaseData]
    public async Task Replace_sets_the_days_of_the_range_and_leaves_other_days_alone(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var year = FarYear();
        DateOnly D(int month, int day) => new(year, month, day);
        var context = TestDatabase.Context();
        await ReplaceAsync(db, D(1, 1), D(12, 31),
            [Day(D(10, 1), "国庆"), Day(D(1, 1), " 元旦 "), Day(D(1, 4), "元旦调休", makeUp: true), Day(D(5, 1), "劳动节")], context);

        // A correction of January only: 1 Jan stays, 2 Jan joins, the make-up day goes.
        await ReplaceAsync(db, D(1, 1), D(1, 31), [Day(D(1, 1), "元旦"), Day(D(1, 2), "元旦")], context);

        var days = await db.Campaigns.ListCalendarAsync(D(1, 1), D(12, 31));
        Assert.Equal([(D(1, 1), false, "元旦"), (D(1, 2), false, "元旦"), (D(5, 1), false, "劳动节"), (D(10, 1), false, "国庆")],
            days.Select(d => (d.Date, d.IsMakeUpWorkingDay, d.Name)));
        Assert.Equal([D(5, 1)], (await db.Campaigns.ListCalendarAsync(D(2, 1), D(9, 30))).Select(d => d.Date));

        var range = $"{year:D4}-01-01..{year:D4}-01-31";
        var entry = Assert.Single(await db.Audit.ListForEntityAsync(CalendarEntityType, 0, max: 1000), e => e.Field == range);
        Assert.Equal((AuditActions.Update, $"{year:D4}-01-01 holiday 元旦; {year:D4}-01-04 work 元旦调休", $"{year:D4}-01-01 holiday 元旦; {year:D4}-01-02 holiday 元旦"),
            (entry.Action, entry.OldValue, entry.NewValue));
    }

    [DatabaseTheory, DatabaseData]
    public async Task Replace_is_all_or_nothing_and_refuses_a_day_given_twice(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var year = FarYear();
        DateOnly D(int month, int day) => new(year, month, day);
        var context = TestDatabase.Context();
        await ReplaceAsync(db, D(10, 1), D(10, 31), [Day(D(10, 1), "国庆"), Day(D(10, 10), "国庆调休", makeUp: true)], context);

        // The key is the store's to keep; a day outside the range or an empty range is Core's rule
        // (HolidayCalendarService, tested in Core.Tests), refused before the repository is called.
        await Assert.ThrowsAsync<ArgumentException>(() =>
            db.Campaigns.ReplaceCalendarAsync(D(10, 1), D(10, 31), [Day(D(10, 2), "国庆"), Day(D(10, 2), "twice")],
                HolidayCalendarService.Audit(D(10, 1), D(10, 31), [], [], context)));

        Assert.Equal([(D(10, 1), false), (D(10, 10), true)],
            (await db.Campaigns.ListCalendarAsync(D(1, 1), D(12, 31))).Select(d => (d.Date, d.IsMakeUpWorkingDay)));

        // An empty list clears the range.
        await ReplaceAsync(db, D(10, 1), D(10, 31), [], context);
        Assert.Empty(await db.Campaigns.ListCalendarAsync(D(1, 1), D(12, 31)));
    }
}
