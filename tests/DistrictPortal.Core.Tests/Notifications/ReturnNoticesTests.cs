using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Core.Returns;

namespace DistrictPortal.Core.Tests.Notifications;

/// <summary>A reviewer's decision as a notice: its kind, arguments (reasons and row reasons), link and once-only key.</summary>
public sealed class ReturnNoticesTests
{
    private static readonly Node Pailou = new() { Id = 7, Name = "牌楼街道", Level = NodeLevel.SubDistrict, Path = "/1/2/7/" };

    private static WeeklyReturn Reviewed(ReturnStatus status, string? reason) => new()
    {
        SubDistrictId = 7, WeekEnding = new DateOnly(2026, 11, 27), Status = status, ReviewReason = reason, ReviewedByName = "区住建局审核员",
        ReviewedUtc = new DateTime(2026, 11, 27, 9, 30, 0, DateTimeKind.Utc),
        Rows = [new ReturnRow { EstateName = "金星小区", ReviewReason = "缺少照片" }, new ReturnRow { EstateName = "银河小区" }, new ReturnRow { EstateName = "火星小区", ReviewReason = " 日期不对 " }],
    };

    [Fact]
    public void A_send_back_carries_the_reason_and_every_marked_row_to_the_returns_officers()
    {
        var notice = ReturnNotices.Of(Reviewed(ReturnStatus.SentBack, "请补充"), Pailou)!;

        Assert.Equal(NoticeKinds.ReturnSentBack, notice.Kind);
        Assert.Equal(["牌楼街道", "2026-11-27", "请补充", "金星小区：缺少照片；火星小区：日期不对", "区住建局审核员"], notice.Args);
        Assert.Equal(("/returns/7/2026-11-27", NoticeAudience.Officers), (notice.Link, notice.Audience));
        Assert.Equal(notice.Args, Notice.UnpackArgs(notice.PackedArgs));
    }

    [Fact]
    public void Each_decision_is_its_own_event_and_the_same_decision_keeps_its_key()
    {
        var first = ReturnNotices.Of(Reviewed(ReturnStatus.SentBack, "a"), Pailou)!;
        var again = ReturnNotices.Of(Reviewed(ReturnStatus.SentBack, "a"), Pailou)!;
        var later = Reviewed(ReturnStatus.SentBack, "a");
        later.ReviewedUtc = later.ReviewedUtc!.Value.AddHours(1);

        Assert.Equal(first.DedupKey, again.DedupKey);
        Assert.NotEqual(first.DedupKey, ReturnNotices.Of(later, Pailou)!.DedupKey);
        Assert.Equal(NoticeKinds.ReturnAccepted, ReturnNotices.Of(Reviewed(ReturnStatus.Accepted, null), Pailou)!.Kind);
        Assert.Equal(["牌楼街道", "2026-11-27", "更正", "区住建局审核员"], ReturnNotices.Of(Reviewed(ReturnStatus.Reopened, "更正"), Pailou)!.Args);
        Assert.Null(ReturnNotices.Of(Reviewed(ReturnStatus.Submitted, null), Pailou));
        Assert.Empty(Notice.UnpackArgs("not json"));
    }
}
