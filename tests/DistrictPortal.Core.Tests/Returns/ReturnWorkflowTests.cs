using DistrictPortal.Core.Identity;
using DistrictPortal.Core.Returns;

namespace DistrictPortal.Core.Tests.Returns;

public class ReturnWorkflowTests
{
    private static readonly DateTime T0 = new(2026, 11, 27, 8, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(ReturnStatus.Draft, ReturnAction.Submit, Role.SubDistrictOfficer, ReturnStatus.Submitted)]
    [InlineData(ReturnStatus.SentBack, ReturnAction.Submit, Role.SubDistrictOfficer, ReturnStatus.Submitted)]
    [InlineData(ReturnStatus.Reopened, ReturnAction.Submit, Role.SubDistrictOfficer, ReturnStatus.Submitted)]
    [InlineData(ReturnStatus.Draft, ReturnAction.Submit, Role.Admin, ReturnStatus.Submitted)]
    [InlineData(ReturnStatus.Submitted, ReturnAction.Accept, Role.BureauReviewer, ReturnStatus.Accepted)]
    [InlineData(ReturnStatus.Submitted, ReturnAction.SendBack, Role.BureauReviewer, ReturnStatus.SentBack)]
    [InlineData(ReturnStatus.Accepted, ReturnAction.Reopen, Role.Admin, ReturnStatus.Reopened)]
    public void Allowed_transitions(ReturnStatus from, ReturnAction action, Role role, ReturnStatus to)
    {
        var t = ReturnWorkflow.Decide(from, false, action, role, "原因");
        Assert.True(t.Allowed, t.Error?.ToString());
        Assert.Equal(to, t.Status);
    }

    [Theory]
    [InlineData(ReturnStatus.Draft, ReturnAction.Submit, Role.CommunityOfficer)]
    [InlineData(ReturnStatus.Draft, ReturnAction.Submit, Role.BureauReviewer)]
    [InlineData(ReturnStatus.Draft, ReturnAction.Submit, Role.OwnersCommitteeMember)]
    [InlineData(ReturnStatus.Draft, ReturnAction.Submit, Role.LeadingGroupMember)]
    [InlineData(ReturnStatus.Submitted, ReturnAction.Accept, Role.SubDistrictOfficer)]
    [InlineData(ReturnStatus.Accepted, ReturnAction.Reopen, Role.SubDistrictOfficer)]
    public void Wrong_role_is_refused(ReturnStatus from, ReturnAction action, Role role)
    {
        var t = ReturnWorkflow.Decide(from, false, action, role, "原因");
        Assert.False(t.Allowed);
        Assert.Equal(from, t.Status);
        Assert.Equal(ReturnWorkflow.NotAllowedForRole, t.Error!.Code);
    }

    [Theory]
    [InlineData(ReturnStatus.Submitted, ReturnAction.Submit)]
    [InlineData(ReturnStatus.Accepted, ReturnAction.Submit)]
    [InlineData(ReturnStatus.Draft, ReturnAction.Accept)]
    [InlineData(ReturnStatus.Accepted, ReturnAction.Accept)]
    [InlineData(ReturnStatus.Draft, ReturnAction.SendBack)]
    [InlineData(ReturnStatus.Submitted, ReturnAction.Reopen)]
    [InlineData(ReturnStatus.Reopened, ReturnAction.Reopen)]
    public void Wrong_status_is_refused(ReturnStatus from, ReturnAction action)
    {
        var t = ReturnWorkflow.Decide(from, true, action, Role.Admin, "原因");
        Assert.False(t.Allowed);
        Assert.Equal(ReturnWorkflow.NotAllowedFromStatus, t.Error!.Code);
    }

    [Theory]
    [InlineData(ReturnAction.SendBack, ReturnStatus.Submitted)]
    [InlineData(ReturnAction.Reopen, ReturnStatus.Accepted)]
    public void Sending_back_and_reopening_need_a_reason(ReturnAction action, ReturnStatus from)
    {
        var t = ReturnWorkflow.Decide(from, false, action, Role.BureauReviewer, "  ");
        Assert.False(t.Allowed);
        Assert.Equal("Reason", t.Error!.Field);
        Assert.Equal(ReturnWorkflow.ReasonRequired, t.Error.Code);
    }

    [Fact]
    public void Only_draft_sent_back_and_reopened_returns_are_editable()
    {
        Assert.True(ReturnWorkflow.IsEditable(ReturnStatus.Draft));
        Assert.True(ReturnWorkflow.IsEditable(ReturnStatus.SentBack));
        Assert.True(ReturnWorkflow.IsEditable(ReturnStatus.Reopened));
        Assert.False(ReturnWorkflow.IsEditable(ReturnStatus.Submitted));
        Assert.False(ReturnWorkflow.IsEditable(ReturnStatus.Accepted));
    }

    [Fact]
    public void Full_life_keeps_the_first_submission_and_marks_the_re_acceptance_a_restatement()
    {
        var r = new WeeklyReturn { WeekEnding = new DateOnly(2026, 11, 27) };

        Assert.True(ReturnWorkflow.Apply(r, ReturnAction.Submit, Role.SubDistrictOfficer, null, 11, "pailou", T0).Allowed);
        Assert.Equal(T0, r.FirstSubmittedUtc);

        Assert.True(ReturnWorkflow.Apply(r, ReturnAction.SendBack, Role.BureauReviewer, " 第3行缺日期 ", 2, "bureau", T0.AddHours(1)).Allowed);
        Assert.Equal(ReturnStatus.SentBack, r.Status);
        Assert.Equal("第3行缺日期", r.ReviewReason);

        ReturnWorkflow.Apply(r, ReturnAction.Submit, Role.SubDistrictOfficer, null, 11, "pailou", T0.AddHours(2));
        Assert.Equal(T0, r.FirstSubmittedUtc);
        Assert.Equal(T0.AddHours(2), r.LastSubmittedUtc);

        var first = ReturnWorkflow.Apply(r, ReturnAction.Accept, Role.BureauReviewer, null, 2, "bureau", T0.AddHours(3));
        Assert.False(first.IsRestatement);
        Assert.True(r.HasBeenAccepted);
        Assert.Null(r.ReviewReason);

        ReturnWorkflow.Apply(r, ReturnAction.Reopen, Role.BureauReviewer, "更正户数", 2, "bureau", T0.AddDays(3));
        Assert.Equal(ReturnStatus.Reopened, r.Status);
        ReturnWorkflow.Apply(r, ReturnAction.Submit, Role.SubDistrictOfficer, null, 11, "pailou", T0.AddDays(3).AddHours(1));
        var again = ReturnWorkflow.Apply(r, ReturnAction.Accept, Role.BureauReviewer, null, 2, "bureau", T0.AddDays(3).AddHours(2));

        Assert.True(again.IsRestatement);
        Assert.True(r.IsRestatement);
        Assert.Equal(ReturnStatus.Accepted, r.Status);
        Assert.Equal(T0, r.FirstSubmittedUtc);
    }

    [Fact]
    public void A_refused_transition_changes_nothing()
    {
        var r = new WeeklyReturn { Status = ReturnStatus.Accepted };
        var t = ReturnWorkflow.Apply(r, ReturnAction.Submit, Role.SubDistrictOfficer, null, 11, "pailou", T0);
        Assert.False(t.Allowed);
        Assert.Equal(ReturnStatus.Accepted, r.Status);
        Assert.Null(r.FirstSubmittedUtc);
    }
}
