using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Returns;

namespace DistrictPortal.Core.Tests.Returns;

/// <summary>本周有变更: a row is changed when any of its facts differs from the last accepted week's row.</summary>
public class ReturnRowChangeTests
{
    [Fact]
    public void A_row_the_last_accepted_week_did_not_have_is_changed() =>
        Assert.True(ReturnRowChange.SinceLastAccepted(RowBuilder.Open(1), null));

    [Fact]
    public void The_same_facts_are_not_a_change_even_with_a_reviewers_reason()
    {
        var last = RowBuilder.Open(1);
        var now = RowBuilder.With(last.Clone(), r => r.ReviewReason = "请补充");
        Assert.False(ReturnRowChange.SinceLastAccepted(now, last));
    }

    public static TheoryData<string> Facts => new()
    {
        nameof(ReturnRow.Households), nameof(ReturnRow.Mode), nameof(ReturnRow.SixHaves), nameof(ReturnRow.ConsultationDate),
        nameof(ReturnRow.OwnersMeetingDate), nameof(ReturnRow.CommitteeElectedDate), nameof(ReturnRow.ContractSignedDate),
        nameof(ReturnRow.IsStruckOff), nameof(ReturnRow.StruckOffDate), nameof(ReturnRow.Blockers), nameof(ReturnRow.HelpAsked),
    };

    [Theory]
    [MemberData(nameof(Facts))]
    public void Each_fact_counts(string fact)
    {
        var last = RowBuilder.Open(1);
        var d = new DateOnly(2026, 11, 25);
        var now = RowBuilder.With(last.Clone(), r =>
        {
            switch (fact)
            {
                case nameof(ReturnRow.Households): r.Households++; break;
                case nameof(ReturnRow.Mode): r.Mode = ManagementMode.CommunityTrusteeship; break;
                case nameof(ReturnRow.SixHaves): r.SixHaves = SixHaves.Cleaning; break;
                case nameof(ReturnRow.ConsultationDate): r.ConsultationDate = d; break;
                case nameof(ReturnRow.OwnersMeetingDate): r.OwnersMeetingDate = d; break;
                case nameof(ReturnRow.CommitteeElectedDate): r.CommitteeElectedDate = d; break;
                case nameof(ReturnRow.ContractSignedDate): r.ContractSignedDate = d; break;
                case nameof(ReturnRow.IsStruckOff): r.IsStruckOff = true; break;
                case nameof(ReturnRow.StruckOffDate): r.StruckOffDate = d; break;
                case nameof(ReturnRow.Blockers): r.Blockers = "资金不足"; break;
                default: r.HelpAsked = "协调"; break;
            }
        });
        Assert.True(ReturnRowChange.SinceLastAccepted(now, last));
    }
}
