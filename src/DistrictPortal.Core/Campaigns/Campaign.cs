namespace DistrictPortal.Core.Campaigns;

/// <summary>
/// 无物业管理小区清零行动: one district's campaign. Its baseline is the list of unmanaged estates per sub-district
/// taken from the registry at the start; the admin may add or remove estates later, always with a reason.
/// </summary>
public sealed class Campaign
{
    public long Id { get; set; }
    /// <summary>The district node that runs the campaign; its sub-districts file the returns.</summary>
    public long DistrictId { get; set; }
    public string Name { get; set; } = "";
    public DateOnly StartDate { get; set; }
    /// <summary>The date by which every estate should be struck off (目标时间), for trend lines.</summary>
    public DateOnly? TargetDate { get; set; }
    public DayOfWeek DeadlineDay { get; set; } = DayOfWeek.Friday;
    public TimeOnly DeadlineTime { get; set; } = new(17, 0);
    public long Version { get; set; }

    public DeadlineRule DeadlineRule => new(DeadlineDay, DeadlineTime);
}

/// <summary>One estate on a campaign's list (清零台账). Removal keeps the row, with when and why.</summary>
public sealed class CampaignEstate
{
    public long CampaignId { get; set; }
    public long EstateId { get; set; }
    public long SubDistrictId { get; set; }
    public string EstateName { get; set; } = "";
    public string CommunityName { get; set; } = "";
    public int Households { get; set; }
    public DateTime AddedUtc { get; set; }
    public string? AddedReason { get; set; }
    public DateTime? RemovedUtc { get; set; }
    public string? RemovedReason { get; set; }
}

/// <summary>A day of the holiday calendar: a public holiday (放假), or a weekend day worked instead (调休上班).</summary>
public sealed class CalendarDay
{
    public DateOnly Date { get; set; }
    public bool IsMakeUpWorkingDay { get; set; }
    public string Name { get; set; } = "";
}
