using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;

namespace DistrictPortal.Core.Tests.Campaigns;

public sealed class HolidayCalendarServiceTests
{
    private static CalendarDay Day(int month, int day, bool makeUp = false, string name = "国庆") =>
        new() { Date = new DateOnly(2026, month, day), IsMakeUpWorkingDay = makeUp, Name = name };

    [Theory]
    [InlineData(Role.Admin, NodeLevel.City, true)]
    [InlineData(Role.Admin, NodeLevel.District, false)]
    [InlineData(Role.Admin, NodeLevel.SubDistrict, false)]
    [InlineData(Role.BureauReviewer, NodeLevel.City, false)]
    [InlineData(Role.SubDistrictOfficer, NodeLevel.City, false)]
    public void Only_a_city_scoped_admin_edits_the_one_calendar(Role role, NodeLevel scope, bool may) =>
        Assert.Equal(may, HolidayCalendarService.CanEdit(role, scope));

    [Fact]
    public void The_one_audit_entry_of_a_replacement_is_built_in_core_with_the_range_before_and_after()
    {
        var at = new ChangeContext(1, "admin", new DateTime(2026, 9, 1, 0, 0, 0, DateTimeKind.Utc));

        var entry = Assert.Single(HolidayCalendarService.Audit(new(2026, 10, 1), new(2026, 10, 31),
            [Day(10, 10, makeUp: true, name: "国庆调休"), Day(10, 1)], [Day(10, 2)], at));

        Assert.Equal((AuditEntities.Calendar, 0L, AuditActions.Update, "2026-10-01..2026-10-31"),
            (entry.EntityType, entry.EntityId, entry.Action, entry.Field));
        Assert.Equal(("2026-10-01 holiday 国庆; 2026-10-10 work 国庆调休", "2026-10-02 holiday 国庆"), (entry.OldValue, entry.NewValue));
        Assert.Null(Assert.Single(HolidayCalendarService.Audit(new(2026, 10, 1), new(2026, 10, 31), [], [], at)).OldValue);
    }

    [Fact]
    public void A_clean_replacement_passes() =>
        Assert.Empty(HolidayCalendarService.Validate(new(2026, 10, 1), new(2026, 10, 31), [Day(10, 1), Day(10, 10, makeUp: true)]));

    [Fact]
    public void An_empty_range_is_refused_alone() =>
        Assert.Equal([HolidayCalendarService.EmptyRange],
            HolidayCalendarService.Validate(new(2026, 10, 31), new(2026, 10, 1), [Day(10, 2)]).Select(e => e.Code));

    [Fact]
    public void Days_outside_the_range_twice_make_up_on_a_weekday_or_with_a_long_name_are_each_named()
    {
        var errors = HolidayCalendarService.Validate(new(2026, 10, 1), new(2026, 10, 31),
            [Day(11, 1), Day(10, 2), Day(10, 2), Day(10, 8, makeUp: true), Day(10, 3, name: new string('节', 51))]);

        Assert.Equal(
            [(HolidayCalendarService.DayOutsideRange, "2026-11-01"), (HolidayCalendarService.DayTwice, "2026-10-02"),
             (HolidayCalendarService.MakeUpOnWeekday, "2026-10-08"), (HolidayCalendarService.NameTooLong, "2026-10-03")],
            errors.Select(e => (e.Code, (string)e.Args[0])));
    }
}
