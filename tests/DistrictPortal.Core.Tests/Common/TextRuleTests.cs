using DistrictPortal.Core.Committees;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;

namespace DistrictPortal.Core.Tests.Common;

public sealed class TextRuleTests
{
    [Theory]
    [InlineData("印盒石小区", true)]
    [InlineData("1号院 (东区)", true)]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("小区\u202Etxt.exe", false)] // right-to-left override
    [InlineData("小区\u2066x\u2069", false)] // isolate
    [InlineData("小区\u001b[31m", false)] // ANSI escape
    [InlineData("小区\u0000", false)]
    [InlineData("小区\u007f", false)]
    [InlineData("小区\u0085", false)] // C1
    [InlineData("第一行\n第二行", false)]
    [InlineData("a\tb", false)]
    public void A_name_is_one_line_of_visible_text(string? name, bool clean) =>
        Assert.Equal(clean, TextRule.IsCleanName(name));

    [Fact]
    public void A_narrative_keeps_its_line_breaks_and_tabs_and_loses_other_control_and_direction_characters()
    {
        Assert.Equal("第一段\r\n[31m第二段\t完", TextRule.CleanNarrative("第一段\r\n\u001b[31m第二段\u202E\t完\u0000"));
        Assert.Null(TextRule.CleanNarrative(null));
        var plain = "无需改动\n";
        Assert.Same(plain, TextRule.CleanNarrative(plain));
    }

    [Fact]
    public void The_validators_refuse_such_names_naming_the_field()
    {
        var estate = new Estate { Name = "小区\u202E", Address = "路\u0007", CommunityId = 1, FloorArea = 1000m, Households = 10 };
        var errors = EstateValidator.Validate(estate, 2026);
        Assert.Contains(errors, e => e is { Field: "Name", Code: TextRule.ControlCharacters });
        Assert.Contains(errors, e => e is { Field: "Address", Code: TextRule.ControlCharacters });

        var committee = new OwnersCommittee
        {
            MeetingDate = new DateOnly(2026, 1, 1), TermEndDate = new DateOnly(2031, 1, 1),
            Members = [new CommitteeMember { Name = "张\u202E三", IsChair = true }],
        };
        Assert.Contains(CommitteeValidator.Validate(committee, new DateOnly(2026, 12, 4)), e => e is { Field: "Members[0].Name", Code: TextRule.ControlCharacters });
    }
}
