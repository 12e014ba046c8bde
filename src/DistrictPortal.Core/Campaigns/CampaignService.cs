using System.Globalization;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;

namespace DistrictPortal.Core.Campaigns;

/// <summary>
/// The campaign workflows: a campaign created (its baseline taken by the store), its name, target and deadline edited,
/// an estate added to or removed from its list with a reason. Each validates, decides (a campaign is run by a live
/// district; only estates under it join its list; only listed estates leave it), builds its audit entries and calls the
/// repository once; a refusal names the field and writes nothing. Adding an estate already listed, or removing one
/// already removed, changes nothing and is answered false.
/// </summary>
public sealed class CampaignService(ICampaignRepository campaigns, INodeRepository nodes, IEstateRepository estates)
{
    public const int MaxNameLength = 100;
    public const int MaxReasonLength = 500;

    /// <summary>A campaign's own fields: a clean name of at most <see cref="MaxNameLength"/>, a day of the week, a target after the start.</summary>
    public static IReadOnlyList<ValidationError> Validate(Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(campaign.Name))
            errors.Add(new(nameof(Campaign.Name), ValidationCodes.Required));
        else if (campaign.Name.Trim().Length > MaxNameLength)
            errors.Add(new(nameof(Campaign.Name), ValidationCodes.TooLong, MaxNameLength));
        else if (TextRule.CheckName(nameof(Campaign.Name), campaign.Name) is { } dirty)
            errors.Add(dirty);
        if (!Enum.IsDefined(campaign.DeadlineDay))
            errors.Add(new(nameof(Campaign.DeadlineDay), ValidationCodes.Invalid));
        if (campaign.TargetDate is { } target && target <= campaign.StartDate)
            errors.Add(new(nameof(Campaign.TargetDate), ValidationCodes.TargetAfterStart));
        return errors;
    }

    /// <summary>The reason an addition or removal needs (args of TooLong: the maximum).</summary>
    public static ValidationError? ReasonError(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? new ValidationError("reason", ValidationCodes.Required)
        : reason.Trim().Length > MaxReasonLength ? new ValidationError("reason", ValidationCodes.TooLong, MaxReasonLength)
        : null;

    /// <summary>Creates the campaign of a live district; the store takes its baseline (every Unmanaged estate under it) at <see cref="ChangeContext.AtUtc"/>.</summary>
    public async Task<DomainResult<long>> CreateAsync(Campaign campaign, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(context);
        var errors = Validate(campaign).ToList();
        if (await nodes.GetByIdAsync(campaign.DistrictId) is not { Level: NodeLevel.District, IsRetired: false })
            errors.Add(new(nameof(Campaign.DistrictId), ValidationCodes.NotADistrict));
        if (errors.Count > 0)
            return DomainResult<long>.From(errors);
        campaign.Name = campaign.Name.Trim();
        var id = await campaigns.CreateAsync(campaign, context.AtUtc, Created(campaign, context));
        campaign.Id = id;
        return DomainResult<long>.Done(id);
    }

    /// <summary>
    /// Name, target date and deadline rule at <paramref name="expectedVersion"/> (district and start are fixed: the
    /// baseline was taken then). Answers whether anything changed; a stale version is a conflict.
    /// </summary>
    public async Task<DomainResult<bool>> UpdateAsync(Campaign campaign, long expectedVersion, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var existing = await campaigns.GetByIdAsync(campaign.Id);
        if (existing is null || existing.Version != expectedVersion)
            throw new ConcurrencyConflictException(AuditEntities.Campaign, campaign.Id);
        var updated = new Campaign
        {
            Id = existing.Id, DistrictId = existing.DistrictId, StartDate = existing.StartDate, Version = expectedVersion,
            Name = campaign.Name?.Trim() ?? "", TargetDate = campaign.TargetDate, DeadlineDay = campaign.DeadlineDay, DeadlineTime = campaign.DeadlineTime,
        };
        var errors = Validate(updated);
        if (errors.Count > 0)
            return DomainResult<bool>.From(errors);
        var audit = Diff(existing, updated, context);
        if (audit.Count > 0)
            await campaigns.UpdateAsync(updated, audit);
        return DomainResult<bool>.Done(audit.Count > 0);
    }

    /// <summary>Puts an estate under the campaign's district on its list (back on it, when it had been removed).</summary>
    public async Task<DomainResult<bool>> AddEstateAsync(long campaignId, long estateId, string? reason, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (ReasonError(reason) is { } error)
            return DomainResult<bool>.From([error]);
        var campaign = await campaigns.GetByIdAsync(campaignId);
        var district = campaign is null ? null : await nodes.GetByIdAsync(campaign.DistrictId);
        if (campaign is null || district is null)
            return DomainResult<bool>.Refuse("campaignId", ValidationCodes.NotFound);
        if (await estates.GetByIdAsync(estateId) is not { } estate || !Scope.Contains(district.Path, estate.Path))
            return DomainResult<bool>.Refuse("estateId", ValidationCodes.NotUnderDistrict);
        var entry = (await campaigns.ListEstatesAsync(campaignId, null, includeRemoved: true)).FirstOrDefault(e => e.EstateId == estateId);
        if (entry is { RemovedUtc: null })
            return DomainResult<bool>.Done(false);
        var why = reason!.Trim();
        await campaigns.AddEstateAsync(campaignId, estateId, why, context.AtUtc, ListChange(campaignId, estateId, AuditActions.AddEstate, why, context));
        return DomainResult<bool>.Done(true);
    }

    /// <summary>Takes a listed estate off the list, keeping when and why; one never listed is refused.</summary>
    public async Task<DomainResult<bool>> RemoveEstateAsync(long campaignId, long estateId, string? reason, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (ReasonError(reason) is { } error)
            return DomainResult<bool>.From([error]);
        var entry = (await campaigns.ListEstatesAsync(campaignId, null, includeRemoved: true)).FirstOrDefault(e => e.EstateId == estateId);
        if (entry is null)
            return DomainResult<bool>.Refuse("estateId", ValidationCodes.NotOnList);
        if (entry.RemovedUtc is not null)
            return DomainResult<bool>.Done(false);
        var why = reason!.Trim();
        await campaigns.RemoveEstateAsync(campaignId, estateId, why, context.AtUtc, ListChange(campaignId, estateId, AuditActions.RemoveEstate, why, context));
        return DomainResult<bool>.Done(true);
    }

    /// <summary>The create entry, under <see cref="AuditEntry.NewRow"/> until the store gives the campaign its id.</summary>
    public static IReadOnlyList<AuditEntry> Created(Campaign campaign, ChangeContext context) =>
        new AuditDiff(AuditEntities.Campaign, AuditEntry.NewRow, context).Action(AuditActions.Create, newValue: campaign.Name.Trim()).Entries;

    public static IReadOnlyList<AuditEntry> Diff(Campaign before, Campaign after, ChangeContext context) =>
        new AuditDiff(AuditEntities.Campaign, after.Id, context)
            .Field(nameof(Campaign.Name), before.Name, after.Name)
            .Field(nameof(Campaign.TargetDate), before.TargetDate, after.TargetDate)
            .Field(nameof(Campaign.DeadlineDay), before.DeadlineDay, after.DeadlineDay)
            .Field(nameof(Campaign.DeadlineTime), before.DeadlineTime.ToString("HH:mm", CultureInfo.InvariantCulture),
                after.DeadlineTime.ToString("HH:mm", CultureInfo.InvariantCulture))
            .Entries;

    /// <summary>The list's changes are the campaign's audit: field "Estates[id]", the reason as the new value.</summary>
    public static IReadOnlyList<AuditEntry> ListChange(long campaignId, long estateId, string action, string reason, ChangeContext context) =>
        new AuditDiff(AuditEntities.Campaign, campaignId, context)
            .Action(action, string.Create(CultureInfo.InvariantCulture, $"Estates[{estateId}]"), newValue: reason)
            .Entries;
}
