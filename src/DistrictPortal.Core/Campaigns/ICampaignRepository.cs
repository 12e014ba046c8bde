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
    /// (Unmanaged) at <paramref name="atUtc"/>, the moment of creation; the entries made for the new row
    /// (<see cref="AuditEntry.NewRow"/>) are written under its id. Returns the new id. Which node may run a campaign is
    /// Core's (<see cref="CampaignService"/>); an unknown one is the foreign key's.
    /// </summary>
    Task<long> CreateAsync(Campaign campaign, DateTime atUtc, IReadOnlyList<AuditEntry> audit);

    /// <summary>Name, target date and deadline rule; version-checked.</summary>
    Task UpdateAsync(Campaign campaign, IReadOnlyList<AuditEntry> audit);

    /// <summary>The current list (removed estates left out unless asked), for one sub-district or, when null, all.</summary>
    Task<IReadOnlyList<CampaignEstate>> ListEstatesAsync(long campaignId, long? subDistrictId, bool includeRemoved = false);

    /// <summary>
    /// Adds an estate (or re-adds a removed one) with a reason at <paramref name="atUtc"/>, with the audit Core built.
    /// An estate listed since Core read the list is a <see cref="Common.ConcurrencyConflictException"/>, nothing written.
    /// </summary>
    Task AddEstateAsync(long campaignId, long estateId, string reason, DateTime atUtc, IReadOnlyList<AuditEntry> audit);

    /// <summary>Takes a listed estate off the list; one removed (or never listed) since Core read the list is a conflict.</summary>
    Task RemoveEstateAsync(long campaignId, long estateId, string reason, DateTime atUtc, IReadOnlyList<AuditEntry> audit);

    Task<IReadOnlyList<CalendarDay>> ListCalendarAsync(DateOnly from, DateOnly to);

    /// <summary>
    /// Replaces the calendar days between <paramref name="from"/> and <paramref name="to"/> with <paramref name="days"/>
    /// and writes <paramref name="audit"/> (Core's <see cref="HolidayCalendarService"/>), all or nothing. A date given
    /// twice breaks the key: an <see cref="ArgumentException"/> before anything is touched.
    /// </summary>
    Task ReplaceCalendarAsync(DateOnly from, DateOnly to, IReadOnlyList<CalendarDay> days, IReadOnlyList<AuditEntry> audit);
}
