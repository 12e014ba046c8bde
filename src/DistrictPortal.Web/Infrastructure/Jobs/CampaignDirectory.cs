using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Hierarchy;

namespace DistrictPortal.Web.Infrastructure.Jobs;

/// <summary>
/// One district's current campaign as the jobs and the matrix see it: its reporting calendar (holidays and 调休 from
/// the admin's calendar, the campaign's deadline rule) and the sub-districts that file returns for it.
/// </summary>
public sealed record CampaignContext(Campaign Campaign, Node District, ReportingCalendar Calendar, IReadOnlyList<Node> SubDistricts)
{
    /// <summary>The first reporting week: the one containing the campaign's start date. Earlier weeks are never chased or counted.</summary>
    public DateOnly FirstWeekEnding => ReportingCalendar.WeekEnding(Campaign.StartDate);
}

/// <summary>
/// Finds the campaigns in a scope. A sub-district takes part when it is not retired and has at least one estate on
/// the campaign's current list: a sub-district with nothing to clear is not chased for an empty return.
/// </summary>
public sealed class CampaignDirectory(ICampaignRepository campaigns, INodeRepository nodes)
{
    /// <summary>Weeks of calendar loaded before the first week asked for: a deadline moved back over 春节 stays inside it.</summary>
    private const int CalendarLeadDays = 31;

    /// <summary>The reporting week (in Asia/Shanghai, every campaign's zone) that contains <paramref name="nowUtc"/>.</summary>
    public static DateOnly WeekEndingAt(DateTime nowUtc) =>
        ReportingCalendar.WeekEnding(DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(ReportingCalendar.AsUtc(nowUtc), ReportingCalendar.ShanghaiZone)));

    /// <summary>Who the jobs write as, in audit trails and on overdue marks.</summary>
    public static Core.Auditing.ChangeContext SystemChange(DateTime nowUtc) => new(0, "system", nowUtc);

    /// <summary>Every district's current campaign, the calendar covering week endings [<paramref name="from"/>, <paramref name="to"/>].</summary>
    public async Task<IReadOnlyList<CampaignContext>> AllAsync(DateOnly from, DateOnly to)
    {
        var result = new List<CampaignContext>();
        foreach (var root in await nodes.GetRootsAsync())
            foreach (var district in await nodes.ListByLevelAsync(root.Path, NodeLevel.District))
                if (await ForDistrictAsync(district, from, to) is { } context)
                    result.Add(context);
        return result;
    }

    public async Task<CampaignContext?> ForDistrictAsync(Node district, DateOnly from, DateOnly to)
    {
        var campaign = await campaigns.GetForNodeAsync(district.Path);
        if (campaign is null || campaign.DistrictId != district.Id)
            return null;
        var onList = (await campaigns.ListEstatesAsync(campaign.Id, null)).Select(e => e.SubDistrictId).ToHashSet();
        var subDistricts = (await nodes.ListByLevelAsync(district.Path, NodeLevel.SubDistrict))
            .Where(s => onList.Contains(s.Id))
            .ToList();
        return new CampaignContext(campaign, district, await CalendarAsync(campaign.DeadlineRule, from, to), subDistricts);
    }

    /// <summary>The reporting calendar for a rule, with the admin's holidays for the weeks [from, to] (and a margin either side).</summary>
    public async Task<ReportingCalendar> CalendarAsync(DeadlineRule rule, DateOnly from, DateOnly to)
    {
        // Whole years are loaded (a year's notice is some forty days), so the calendar knows which years have a notice
        // entered at all and can mark a deadline reckoned without one (ReportingCalendar.IsCalendarMissing).
        var days = await campaigns.ListCalendarAsync(
            new DateOnly(from.AddDays(-CalendarLeadDays).Year, 1, 1), new DateOnly(to.AddDays(7).Year, 12, 31));
        var holidays = new HolidayCalendar(
            days.Where(d => !d.IsMakeUpWorkingDay).Select(d => d.Date),
            days.Where(d => d.IsMakeUpWorkingDay).Select(d => d.Date));
        return new ReportingCalendar(holidays, rule);
    }
}
