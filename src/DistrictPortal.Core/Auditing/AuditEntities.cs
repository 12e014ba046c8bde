namespace DistrictPortal.Core.Auditing;

/// <summary>
/// The entity type names the audit trail is written and read under. One constant each, so a writer in either database,
/// a Core workflow and a page that lists an entity's history can never disagree on a spelling.
/// </summary>
public static class AuditEntities
{
    public const string Node = "Node";
    /// <summary>A node's 第一责任人 (issue 16 item 5), audited under the node's id.</summary>
    public const string NodeResponsible = "NodeResponsible";
    public const string Estate = "Estate";
    public const string LookBack = "LookBack";
    public const string StrikeOffEvidenceRule = "StrikeOffEvidenceRule";
    /// <summary>A service standard (服务标准, issue 20 item 5) and an inspection against the standards (服务质量检查).</summary>
    public const string ServiceStandard = "ServiceStandard";
    public const string Inspection = "Inspection";
    public const string WeeklyReturn = "WeeklyReturn";
    public const string User = "User";
    public const string Campaign = "Campaign";
    /// <summary>A campaign's phases (issue 16 item 1), under the campaign's id.</summary>
    public const string CampaignPhase = "CampaignPhase";
    /// <summary>A full-coverage plan's row (全覆盖计划, issue 16 item 1), under the estate's id.</summary>
    public const string CoveragePlan = "CoveragePlan";
    public const string Calendar = "Calendar";
    public const string SupervisionOrder = "SupervisionOrder";
    public const string AccountabilityCase = "AccountabilityCase";
    public const string CoordinationItem = "CoordinationItem";
    public const string MemberUnit = "MemberUnit";
    public const string BriefingArchive = "BriefingArchive";
    public const string Notification = "Notification";
    public const string RetrofitProgramme = "RetrofitProgramme";
    public const string AreaTarget = "AreaTarget";
    public const string RetrofitProject = "RetrofitProject";
    public const string CostItem = "CostItem";
    public const string Payment = "Payment";
    public const string Consultation = "Consultation";
    public const string OwnersCommittee = "OwnersCommittee";
    /// <summary>A package of mode 4 (街道集中管理) with its tenders, supervision, reviews and votes (Core's PackageAudit).</summary>
    public const string Package = "Package";
    public const string RobotWebhook = "RobotWebhook";
    /// <summary>A property service enterprise on the register (issue 20).</summary>
    public const string Enterprise = "Enterprise";
    /// <summary>A property service contract (issue 20), under its own id.</summary>
    public const string ServiceContract = "ServiceContract";
    /// <summary>The managing body of a self-managed estate (mode 2, issue 20), under the estate's id.</summary>
    public const string ManagingBody = "ManagingBody";
    /// <summary>A community trusteeship (mode 3, issue 20), under the estate's id.</summary>
    public const string Trusteeship = "Trusteeship";
    public const string Attachment = "Attachment";
}
