using DistrictPortal.Core.Campaigns;

namespace DistrictPortal.Data.SqlServer.Procedures;

// One record per [dbo].[Campaign_*], [dbo].[CampaignEstate_*] and [dbo].[CalendarDay_*] procedure; the properties
// are its parameters (see StoredProcedureAttribute).

/// <summary>The new campaign's id; its baseline list is taken in the same call, stamped <see cref="AddedUtc"/>.</summary>
[StoredProcedure("Campaign_Create")]
internal sealed record CampaignCreate(
    long DistrictId,
    string Name,
    DateOnly StartDate,
    DateOnly? TargetDate,
    DayOfWeek DeadlineDay,
    TimeOnly DeadlineTime,
    DateTime AddedUtc) : IQuery<long>
{
    public static CampaignCreate From(Campaign c, string name, DateTime addedUtc) =>
        new(c.DistrictId, name, c.StartDate, c.TargetDate, c.DeadlineDay, c.DeadlineTime, addedUtc);
}

[StoredProcedure("Campaign_ReadById")]
internal sealed record CampaignReadById(long Id) : IQuery<Campaign>;

[StoredProcedure("Campaign_ReadByNodePath")]
internal sealed record CampaignReadByNodePath(string NodePath) : IQuery<Campaign>;

[StoredProcedure("Campaign_ReadByScopePath")]
internal sealed record CampaignReadByScopePath(string ScopePath) : IQuery<Campaign>;

[StoredProcedure("Campaign_Update")]
internal sealed record CampaignUpdate(
    long Id,
    string Name,
    DateOnly? TargetDate,
    DayOfWeek DeadlineDay,
    TimeOnly DeadlineTime,
    long Version) : ICommand
{
    public static CampaignUpdate From(Campaign c, string name) =>
        new(c.Id, name, c.TargetDate, c.DeadlineDay, c.DeadlineTime, c.Version);
}

[StoredProcedure("CampaignEstate_ReadByCampaignId")]
internal sealed record CampaignEstateReadByCampaignId(long CampaignId, long? SubDistrictId, bool IncludeRemoved) : IQuery<CampaignEstate>;

/// <summary>1 when the estate was put (back) on the list, 0 when it was on it already.</summary>
[StoredProcedure("CampaignEstate_Create")]
internal sealed record CampaignEstateCreate(long CampaignId, long EstateId, DateTime AddedUtc, string? AddedReason) : IQuery<int>;

/// <summary>1 when the estate was taken off the list, 0 when it had been already.</summary>
[StoredProcedure("CampaignEstate_UpdateRemoved")]
internal sealed record CampaignEstateUpdateRemoved(long CampaignId, long EstateId, DateTime RemovedUtc, string? RemovedReason) : IQuery<int>;

[StoredProcedure("CalendarDay_ReadByDateRange")]
internal sealed record CalendarDayReadByDateRange(DateOnly From, DateOnly To) : IQuery<CalendarDay>;

[StoredProcedure("CalendarDay_UpdateRange")]
internal sealed record CalendarDayUpdateRange(
    DateOnly From,
    DateOnly To,
    [property: TableType("CalendarDayList")] IReadOnlyList<CalendarDayListItem> Days) : ICommand;

/// <summary>One row of [dbo].[CalendarDayList]: the properties are its columns, in order.</summary>
internal sealed record CalendarDayListItem(DateOnly Date, bool IsMakeUpWorkingDay, string Name)
{
    public static CalendarDayListItem From(CalendarDay d) => new(d.Date, d.IsMakeUpWorkingDay, d.Name?.Trim() ?? "");
}
