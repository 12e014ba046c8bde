using DistrictPortal.Core.Auditing;

namespace DistrictPortal.Core.Campaigns;

/// <summary>Campaigns, their baseline lists and the holiday calendar. Every write is one transaction with its audit.</summary>
public interface ICampaignRepository
{
    Task<Campaign?> GetByIdAsync(long id);

    /// <summary>The campaign of the district that contains <paramref name="nodePath"/> (newest first when several).</summary>
    Task<Campaign?> GetForNodeAsync(string nodePath);

    Task<IReadOnlyList<Campaign>> ListAsync(string scopePath);

    /// <summary>
    /// Creates the campaign and its baseline: every estate under the district whose registry status is 无物业/失管
    /// (Unmanaged) at the moment of creation. Returns the new id.
    /// </summary>
    Task<long> CreateAsync(Campaign campaign, ChangeContext context);

    /// <summary>Name, target date and deadline rule; version-checked.</summary>
    Task UpdateAsync(Campaign campaign, IReadOnlyList<AuditEntry> audit);

    /// <summary>The current list (removed estates left out unless asked), for one sub-district or, when null, all.</summary>
    Task<IReadOnlyList<CampaignEstate>> ListEstatesAsync(long campaignId, long? subDistrictId, bool includeRemoved = false);

    /// <summary>Adds an estate (or re-adds a removed one) with a reason. Throws ArgumentException when it is not under the campaign's district.</summary>
    Task AddEstateAsync(long campaignId, long estateId, string reason, ChangeContext context);

    Task RemoveEstateAsync(long campaignId, long estateId, string reason, ChangeContext context);

    Task<IReadOnlyList<CalendarDay>> ListCalendarAsync(DateOnly from, DateOnly to);

    /// <summary>
    /// Replaces the calendar days between <paramref name="from"/> and <paramref name="to"/> with <paramref name="days"/>
    /// and writes <paramref name="audit"/> (Core's <see cref="HolidayCalendarService"/>), all or nothing. A date given
    /// twice breaks the key: an <see cref="ArgumentException"/> before anything is touched.
    /// </summary>
    Task ReplaceCalendarAsync(DateOnly from, DateOnly to, IReadOnlyList<CalendarDay> days, IReadOnlyList<AuditEntry> audit);
}
