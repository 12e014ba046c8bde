using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Common;

namespace DistrictPortal.Core.Tests.Fakes;

/// <summary>Campaigns and their lists in memory, keeping only versions and the list's rows; records each write with its audit. It decides nothing.</summary>
public sealed class InMemoryCampaigns : ICampaignRepository
{
    private readonly Dictionary<long, Campaign> _campaigns = [];
    private long _nextId = 70;

    public List<CampaignEstate> Estates { get; } = [];
    public List<(string Write, long Id, IReadOnlyList<AuditEntry> Audit)> Writes { get; } = [];

    public Task<Campaign?> GetByIdAsync(long id) => Task.FromResult(_campaigns.GetValueOrDefault(id));
    public Task<Campaign?> GetForNodeAsync(string nodePath) => throw new NotSupportedException();
    public Task<IReadOnlyList<Campaign>> ListAsync(string scopePath) => throw new NotSupportedException();

    public Task<long> CreateAsync(Campaign campaign, DateTime atUtc, IReadOnlyList<AuditEntry> audit)
    {
        var id = _nextId++;
        _campaigns[id] = new Campaign
        {
            Id = id, DistrictId = campaign.DistrictId, Name = campaign.Name, StartDate = campaign.StartDate, TargetDate = campaign.TargetDate,
            DeadlineDay = campaign.DeadlineDay, DeadlineTime = campaign.DeadlineTime, Version = 1,
        };
        Writes.Add(("create", id, AuditEntry.ForNewRow(audit, id)));
        return Task.FromResult(id);
    }

    public Task UpdateAsync(Campaign campaign, IReadOnlyList<AuditEntry> audit)
    {
        if (!_campaigns.TryGetValue(campaign.Id, out var stored) || stored.Version != campaign.Version)
            throw new ConcurrencyConflictException(AuditEntities.Campaign, campaign.Id);
        (stored.Name, stored.TargetDate, stored.DeadlineDay, stored.DeadlineTime) = (campaign.Name, campaign.TargetDate, campaign.DeadlineDay, campaign.DeadlineTime);
        stored.Version++;
        Writes.Add(("update", campaign.Id, audit));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<CampaignEstate>> ListEstatesAsync(long campaignId, long? subDistrictId, bool includeRemoved = false) =>
        Task.FromResult<IReadOnlyList<CampaignEstate>>(Estates.Where(e => e.CampaignId == campaignId && (includeRemoved || e.RemovedUtc is null)).ToList());

    public Task AddEstateAsync(long campaignId, long estateId, string reason, DateTime atUtc, IReadOnlyList<AuditEntry> audit)
    {
        Estates.RemoveAll(e => e.CampaignId == campaignId && e.EstateId == estateId);
        Estates.Add(new CampaignEstate { CampaignId = campaignId, EstateId = estateId, AddedUtc = atUtc, AddedReason = reason });
        Writes.Add(("add", campaignId, audit));
        return Task.CompletedTask;
    }

    public Task RemoveEstateAsync(long campaignId, long estateId, string reason, DateTime atUtc, IReadOnlyList<AuditEntry> audit)
    {
        var entry = Estates.Single(e => e.CampaignId == campaignId && e.EstateId == estateId && e.RemovedUtc is null);
        (entry.RemovedUtc, entry.RemovedReason) = (atUtc, reason);
        Writes.Add(("remove", campaignId, audit));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<CalendarDay>> ListCalendarAsync(DateOnly from, DateOnly to) => Task.FromResult<IReadOnlyList<CalendarDay>>([]);
    public Task ReplaceCalendarAsync(DateOnly from, DateOnly to, IReadOnlyList<CalendarDay> days, IReadOnlyList<AuditEntry> audit) => throw new NotSupportedException();
}
