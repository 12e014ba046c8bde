using DistrictPortal.Core.Hierarchy;

namespace DistrictPortal.Data.SqlServer.Procedures;

// Issue 16 items 1 and 5: one record per [dbo].[NodeResponsible_*], [dbo].[CampaignPhase_*] and [dbo].[CoveragePlan_*]
// procedure; the properties are its parameters.

[StoredProcedure("NodeResponsible_ReadById")]
internal sealed record NodeResponsibleReadById(long NodeId) : IQuery<NodeResponsible>;

[StoredProcedure("NodeResponsible_Update")]
internal sealed record NodeResponsibleUpdate(long NodeId, string Name, string Post, string Phone, DateTime UpdatedUtc) : ICommand;

[StoredProcedure("NodeResponsible_DeleteById")]
internal sealed record NodeResponsibleDeleteById(long NodeId) : IQuery<int>;

[StoredProcedure("CampaignPhase_ReadByCampaignId")]
internal sealed record CampaignPhaseReadByCampaignId(long CampaignId) : IQuery<Core.Plans.CampaignPhase>;

[StoredProcedure("CampaignPhase_Update")]
internal sealed record CampaignPhaseUpdate(long CampaignId, int Kind, DateOnly StartDate, DateOnly EndDate) : ICommand;

[StoredProcedure("CampaignPhase_DeleteById")]
internal sealed record CampaignPhaseDeleteById(long CampaignId, int Kind) : IQuery<int>;

[StoredProcedure("CoveragePlan_ReadByCampaignId")]
internal sealed record CoveragePlanReadByCampaignId(long CampaignId, long? SubDistrictId) : IQuery<Core.Plans.PlanRow>;

[StoredProcedure("CoveragePlan_Update")]
internal sealed record CoveragePlanUpdate(long CampaignId, long EstateId, int PlannedMode, DateOnly? PlannedDate, DateTime UpdatedUtc) : ICommand;
