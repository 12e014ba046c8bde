using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Committees;

namespace DistrictPortal.Core.Tests.Committees;

public class OwnersCommitteeTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    private static OwnersCommittee Committee() => new()
    {
        Id = 4, EstateId = 1, Term = 1, MeetingDate = new(2026, 6, 1), FilingDate = new(2026, 6, 20), TermEndDate = new(2031, 5, 31),
        Members = [new() { Name = "王建国", Role = "主任", IsChair = true }, new() { Name = "李秀英", Role = "委员" }],
    };

    [Fact]
    public void A_valid_committee_has_one_chair_and_re_election_is_due_at_term_end()
    {
        var c = Committee();
        Assert.Empty(CommitteeValidator.Validate(c, Today));
        Assert.Equal("王建国", c.Chair!.Name);
        Assert.Equal(c.TermEndDate, c.ReElectionDue);
        Assert.True(c.IsCurrent);
    }

    [Fact]
    public void Validation_names_the_field_or_the_member_row()
    {
        var c = Committee();
        c.FilingDate = new DateOnly(2026, 5, 1);
        c.TermEndDate = c.MeetingDate;
        c.Members[0].IsChair = false;
        c.Members[1].Name = " ";
        Assert.Equal(
            ["FilingDate:BeforeMeeting", "TermEndDate:NotAfterMeeting", "Members:OneChair", "Members[1].Name:Required"],
            CommitteeValidator.Validate(c, Today).Select(e => $"{e.Field}:{e.Code}").ToArray());

        Assert.Contains(CommitteeValidator.Validate(new OwnersCommittee { MeetingDate = Today.AddDays(1), TermEndDate = Today.AddYears(5) }, Today),
            e => e.Field == "MeetingDate" && e.Code == "InFuture");
        Assert.Contains(CommitteeValidator.Validate(new OwnersCommittee { MeetingDate = Today, TermEndDate = Today.AddYears(5) }, Today),
            e => e.Field == "Members" && e.Code == "NoMembers");
    }

    [Fact]
    public void Audit_of_a_member_change_reads_the_whole_list()
    {
        var context = new ChangeContext(1, "pailou", DateTime.UtcNow);
        var before = Committee();
        var after = Committee();
        after.Members[1].Role = "副主任";
        var entry = Assert.Single(CommitteeAudit.Diff(before, after, context));
        Assert.Equal(("Members", "王建国（主任）★；李秀英（委员）", "王建国（主任）★；李秀英（副主任）"), (entry.Field, entry.OldValue, entry.NewValue));

        var created = CommitteeAudit.Created(after, context);
        Assert.Equal((AuditActions.Create, "Term", "1"), (created[0].Action, created[0].Field, created[0].NewValue));
        Assert.Contains(created, e => e.Field == "MeetingDate" && e.OldValue is null && e.NewValue == "2026-06-01");
    }
}
