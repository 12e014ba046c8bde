using DistrictPortal.Core.Estates;

namespace DistrictPortal.Core.Tests.Estates;

/// <summary>The registry's status filter: every status and mode an estate can hold is under exactly one choice.</summary>
public sealed class StatusChoiceTests
{
    private static bool Matches(StatusChoice choice, ManagementStatus status, ManagementMode mode)
    {
        var (asked, except) = ShownStatus.Filter(choice);
        return asked == status && !except.Contains(mode);
    }

    [Fact]
    public void Every_status_and_mode_is_under_exactly_the_choice_its_column_shows()
    {
        foreach (var status in Enum.GetValues<ManagementStatus>())
            foreach (var mode in Enum.GetValues<ManagementMode>())
            {
                var matching = Enum.GetValues<StatusChoice>().Where(c => Matches(c, status, mode)).ToList();
                Assert.Equal([ShownStatus.ChoiceOf(status, mode)], matching);
            }
    }

    [Theory]
    [InlineData(ManagementStatus.UnitSelfManaged, ManagementMode.CommitteeSelfManaged, StatusChoice.CommitteeSelfManaged)]
    [InlineData(ManagementStatus.UnitSelfManaged, ManagementMode.CommunityTrusteeship, StatusChoice.CommunityTrusteeship)]
    [InlineData(ManagementStatus.UnitSelfManaged, ManagementMode.None, StatusChoice.UnitSelfManaged)]
    [InlineData(ManagementStatus.Unmanaged, ManagementMode.SubDistrictPackage, StatusChoice.Unmanaged)]
    [InlineData(ManagementStatus.Professional, ManagementMode.CommitteeSelfManaged, StatusChoice.Professional)]
    public void The_choice_is_the_status_unless_a_mode_is_shown_instead_of_unit_self_managed(ManagementStatus status, ManagementMode mode, StatusChoice expected)
    {
        Assert.Equal(expected, ShownStatus.ChoiceOf(status, mode));
    }

    [Fact]
    public void The_first_four_choices_keep_the_statuses_names_and_numbers_so_older_links_still_work()
    {
        Assert.All(Enum.GetValues<ManagementStatus>(), s => Assert.Equal(s.ToString(), ((StatusChoice)(int)s).ToString()));
    }
}
