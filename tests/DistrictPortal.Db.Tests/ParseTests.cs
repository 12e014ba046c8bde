using DistrictPortal.Db.Tests.Support;

namespace DistrictPortal.Db.Tests;

/// <summary>Every script under db/sqlserver is valid T-SQL for SQL Server 2022 (TSql160Parser).</summary>
public sealed class ParseTests
{
    public static TheoryData<string> SqlFiles => new(SqlSource.All.Select(f => f.RelativePath));

    [Theory]
    [MemberData(nameof(SqlFiles))]
    public void Script_parses(string relativePath)
    {
        var file = SqlSource.File(relativePath);
        Assert.True(file.Errors.Count == 0, string.Join(Environment.NewLine, file.Errors.Select(e => SqlSource.Describe(e, file))));
    }

    [Fact]
    public void The_schema_is_all_there_to_check()
    {
        // A wrong root or a renamed folder must not turn every other test into a pass over nothing.
        Assert.Equal(
            [
                "AccountabilityCase.sql",
                "AccountabilityGround.sql",
                "AreaTarget.sql",
                "Attachment.sql",
                "AuditEntry.sql",
                "BriefingArchive.sql",
                "CalendarDay.sql",
                "Campaign.sql",
                "CampaignEstate.sql",
                "CampaignPhase.sql",
                "CommitteeMember.sql",
                "CoordinationItem.sql",
                "CoordinationReply.sql",
                "CostItem.sql",
                "CoveragePlan.sql",
                "DataProtectionKey.sql",
                "Enterprise.sql",
                "Estate.sql",
                "EstateConsultation.sql",
                "ImportConfirmation.sql",
                "Inspection.sql",
                "InspectionValue.sql",
                "LookBack.sql",
                "ManagingBody.sql",
                "ManagingBodyMember.sql",
                "MemberUnit.sql",
                "Node.sql",
                "NodeResponsible.sql",
                "Notification.sql",
                "OwnersCommittee.sql",
                "Package.sql",
                "PackageEstate.sql",
                "PackageReview.sql",
                "PackageSupervision.sql",
                "PackageTender.sql",
                "PackageVote.sql",
                "Payment.sql",
                "RetrofitProgramme.sql",
                "RetrofitProject.sql",
                "RetrofitProjectEstate.sql",
                "ReturnCommunityPart.sql",
                "ReturnRow.sql",
                "ReturnSnapshot.sql",
                "RobotWebhook.sql",
                "ScheduledRun.sql",
                "ServiceContract.sql",
                "ServiceStandard.sql",
                "SignInFailure.sql",
                "StrikeOffEvidenceRule.sql",
                "SupervisionOrder.sql",
                "Trusteeship.sql",
                "User.sql",
                "UserSignIn.sql",
                "WebhookDelivery.sql",
                "WeeklyReturn.sql",
            ],
            SqlSource.All.Where(f => f.Folder == "Tables").Select(f => Path.GetFileName(f.FullPath)).Order(StringComparer.Ordinal));
        Assert.True(SqlSource.All.Count(f => f.Folder == "StoredProcedures") >= 20);
        Assert.NotEmpty(SqlSource.Migrations);
    }

    [Fact]
    public void Every_script_lives_in_a_checked_folder()
    {
        var stray = SqlSource.All
            .Where(f => !SqlSource.ObjectFolders.Contains(f.Folder) && f.Folder != SqlSource.MigrationsFolder)
            .Select(f => f.RelativePath)
            .ToArray();
        Assert.True(stray.Length == 0, "Scripts outside Tables/Types/Views/Functions/StoredProcedures/migrations are checked by nothing: " + string.Join(", ", stray));
    }
}
