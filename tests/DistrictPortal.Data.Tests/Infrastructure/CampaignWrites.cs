using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Campaigns;

namespace DistrictPortal.Data.Tests.Infrastructure;

/// <summary>
/// The campaign writes as the contract tests set them up: the repository's own calls, with the audit entries Core
/// builds for them (<see cref="CampaignService"/>'s), and none of Core's rules, which the service's tests cover.
/// </summary>
internal static class CampaignWrites
{
    public static CampaignService Service(TestDatabase db) => new(db.Campaigns, db.Nodes, db.Estates);

    public static Task<long> CreateAsync(this ICampaignRepository campaigns, Campaign campaign, ChangeContext context) =>
        campaigns.CreateAsync(campaign, context.AtUtc, CampaignService.Created(campaign, context));

    public static Task AddEstateAsync(this ICampaignRepository campaigns, long campaignId, long estateId, string reason, ChangeContext context) =>
        campaigns.AddEstateAsync(campaignId, estateId, reason, context.AtUtc,
            CampaignService.ListChange(campaignId, estateId, AuditActions.AddEstate, reason.Trim(), context));

    public static Task RemoveEstateAsync(this ICampaignRepository campaigns, long campaignId, long estateId, string reason, ChangeContext context) =>
        campaigns.RemoveEstateAsync(campaignId, estateId, reason, context.AtUtc,
            CampaignService.ListChange(campaignId, estateId, AuditActions.RemoveEstate, reason.Trim(), context));
}
