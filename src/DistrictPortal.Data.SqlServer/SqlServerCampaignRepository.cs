using System.Globalization;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Campaigns;
using DistrictPortal.Data.SqlServer.Procedures;

namespace DistrictPortal.Data.SqlServer;

/// <summary>
/// Campaigns, their lists (清零台账) and the holiday calendar on SQL Server: [dbo].[Campaign_*],
/// [dbo].[CampaignEstate_*] and [dbo].[CalendarDay_*]. Each write is one transaction with its audit.
/// </summary>
public sealed class SqlServerCampaignRepository(string connectionString) : ICampaignRepository
{
    public const string EntityType = AuditEntities.Campaign;

    /// <summary>The calendar is one for the portal: its audit entries carry this type and entity id 0.</summary>
    public const string CalendarEntityType = AuditEntities.Calendar;

    // Core has no constants for these: only the campaign list adds and removes with a reason.
    public const string AddEstateAction = AuditActions.AddEstate;
    public const string RemoveEstateAction = AuditActions.RemoveEstate;

    private readonly SqlServerDatabase _db = new(connectionString);

    public Task<Campaign?> GetByIdAsync(long id) =>
        _db.ReadAsync(async c => (await c.CallAsync(new CampaignReadById(id))).SingleOrDefault());

    public Task<Campaign?> GetForNodeAsync(string nodePath) =>
        _db.ReadAsync(async c => (await c.CallAsync(new CampaignReadByNodePath(nodePath ?? ""))).SingleOrDefault());

    public Task<IReadOnlyList<Campaign>> ListAsync(string scopePath) =>
        _db.ReadAsync(c => c.CallAsync(new CampaignReadByScopePath(scopePath ?? "")));

    public Task<long> CreateAsync(Campaign campaign, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var name = Names.Clean(campaign.Name, nameof(campaign));
        RequireDay(campaign.DeadlineDay);
        return _db.WriteAsync(
            async (c, t) =>
            {
                // The proc refuses a node that is not a live district (50400) and takes the baseline.
                var id = (await c.CallAsync(CampaignCreate.From(campaign, name, context.AtUtc), t)).Single();
                await AuditWriter.WriteAsync(c, t, new AuditDiff(EntityType, id, context)
                    .Action(AuditActions.Create, newValue: name).Entries);
                return id;
            },
            e => SqlErrors.Translate(e, EntityType, 0));
    }

    public Task UpdateAsync(Campaign campaign, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(audit);
        var name = Names.Clean(campaign.Name, nameof(campaign));
        RequireDay(campaign.DeadlineDay);
        return _db.WriteAsync(
            async (c, t) =>
            {
                await c.CallAsync(CampaignUpdate.From(campaign, name), t);
                await AuditWriter.WriteAsync(c, t, audit);
            },
            e => SqlErrors.Translate(e, EntityType, campaign.Id));
    }

    public Task<IReadOnlyList<CampaignEstate>> ListEstatesAsync(long campaignId, long? subDistrictId, bool includeRemoved = false) =>
        _db.ReadAsync(async c =>
        {
            var estates = await c.CallAsync(new CampaignEstateReadByCampaignId(campaignId, subDistrictId, includeRemoved));
            foreach (var estate in estates)
            {
                estate.AddedUtc = AuditWriter.AsUtc(estate.AddedUtc);
                estate.RemovedUtc = AuditWriter.AsUtc(estate.RemovedUtc);
            }
            return estates;
        });

    /// <summary>Adding an estate already on the list changes nothing and audits nothing.</summary>
    public Task AddEstateAsync(long campaignId, long estateId, string reason, ChangeContext context)
    {
        var why = Reason(reason);
        return _db.WriteAsync(
            async (c, t) =>
            {
                // The proc refuses an unknown campaign or an estate outside its district (50400).
                if ((await c.CallAsync(new CampaignEstateCreate(campaignId, estateId, context.AtUtc, why), t)).Single() == 1)
                {
                    await AuditWriter.WriteAsync(c, t, new AuditDiff(EntityType, campaignId, context)
                        .Action(AddEstateAction, EstateField(estateId), newValue: why).Entries);
                }
            },
            e => SqlErrors.Translate(e, EntityType, campaignId));
    }

    /// <summary>Removing an estate already removed changes nothing; one never on the list is an ArgumentException.</summary>
    public Task RemoveEstateAsync(long campaignId, long estateId, string reason, ChangeContext context)
    {
        var why = Reason(reason);
        return _db.WriteAsync(
            async (c, t) =>
            {
                if ((await c.CallAsync(new CampaignEstateUpdateRemoved(campaignId, estateId, context.AtUtc, why), t)).Single() == 1)
                {
                    await AuditWriter.WriteAsync(c, t, new AuditDiff(EntityType, campaignId, context)
                        .Action(RemoveEstateAction, EstateField(estateId), newValue: why).Entries);
                }
            },
            e => SqlErrors.Translate(e, EntityType, campaignId));
    }

    public Task<IReadOnlyList<CalendarDay>> ListCalendarAsync(DateOnly from, DateOnly to) =>
        _db.ReadAsync(c => c.CallAsync(new CalendarDayReadByDateRange(from, to)));

    /// <summary>The days and the audit Core built for the replacement, in one transaction.</summary>
    public Task ReplaceCalendarAsync(DateOnly from, DateOnly to, IReadOnlyList<CalendarDay> days, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(audit);
        // The range and its days are Core's rule (HolidayCalendarService); a date twice would break [PK_CalendarDay].
        var twice = days.GroupBy(d => d.Date).Where(g => g.Count() > 1).Select(g => Day(g.Key)).ToArray();
        if (twice.Length > 0)
        {
            throw new ArgumentException($"Days given more than once: {string.Join(", ", twice)}.", nameof(days));
        }
        var items = days.OrderBy(d => d.Date).Select(CalendarDayListItem.From).ToArray();
        return _db.WriteAsync(
            async (c, t) =>
            {
                await c.CallAsync(new CalendarDayUpdateRange(from, to, items), t);
                await AuditWriter.WriteAsync(c, t, audit);
            },
            e => SqlErrors.Translate(e, CalendarEntityType, 0));
    }

    private static void RequireDay(DayOfWeek day)
    {
        if (!Enum.IsDefined(day))
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "The deadline day is a day of the week.");
        }
    }

    private static string Reason(string? reason) =>
        reason?.Trim() is { Length: > 0 } trimmed
            ? trimmed
            : throw new ArgumentException("Adding or removing an estate needs a reason.", nameof(reason));

    private static string EstateField(long estateId) => string.Create(CultureInfo.InvariantCulture, $"Estates[{estateId}]");

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
