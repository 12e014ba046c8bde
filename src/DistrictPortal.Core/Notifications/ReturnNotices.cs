using System.Globalization;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Returns;

namespace DistrictPortal.Core.Notifications;

/// <summary>
/// The notices of a reviewer's decision on a weekly return: sent back (with the reason and every row's reason),
/// accepted, reopened. Each decision is its own event (a return may be sent back twice), so the dedup key carries the
/// review time. The return's officers hear of it (<see cref="NoticeAudience.Officers"/>).
/// </summary>
public static class ReturnNotices
{
    /// <summary>The notice of the decision the return now records, or null when its status is not a reviewer's decision.</summary>
    public static Notice? Of(WeeklyReturn reviewed, Node subDistrict)
    {
        ArgumentNullException.ThrowIfNull(reviewed);
        ArgumentNullException.ThrowIfNull(subDistrict);
        var week = Week(reviewed.WeekEnding);
        var reviewer = reviewed.ReviewedByName ?? "";
        var (kind, args) = reviewed.Status switch
        {
            ReturnStatus.SentBack => (NoticeKinds.ReturnSentBack,
                new[] { subDistrict.Name, week, Cap(reviewed.ReviewReason ?? ""), Cap(RowReasons(reviewed)), reviewer }),
            ReturnStatus.Accepted => (NoticeKinds.ReturnAccepted, new[] { subDistrict.Name, week, reviewer }),
            ReturnStatus.Reopened => (NoticeKinds.ReturnReopened, new[] { subDistrict.Name, week, Cap(reviewed.ReviewReason ?? ""), reviewer }),
            _ => ((string?)null, Array.Empty<string>()),
        };
        if (kind is null)
            return null;
        var at = (reviewed.ReviewedUtc ?? DateTime.MinValue).ToString("yyyyMMddHHmmssfffffff", CultureInfo.InvariantCulture);
        return new Notice(kind, subDistrict, args, ReturnLink(subDistrict.Id, reviewed.WeekEnding),
            $"return:{kind}:{subDistrict.Id}:{week}:{at}", NoticeAudience.Officers);
    }

    /// <summary>"金星小区：缺少照片；银河小区：日期不对": every row the reviewer marked, in the return's order.</summary>
    public static string RowReasons(WeeklyReturn weeklyReturn) =>
        string.Join("；", weeklyReturn.Rows.Where(r => !string.IsNullOrWhiteSpace(r.ReviewReason)).Select(r => $"{r.EstateName}：{r.ReviewReason!.Trim()}"));

    public static string ReturnLink(long subDistrictId, DateOnly weekEnding) =>
        string.Create(CultureInfo.InvariantCulture, $"/returns/{subDistrictId}/{Week(weekEnding)}");

    public static string Week(DateOnly weekEnding) => weekEnding.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Cap(string text) => text.Length > Notice.MaxArgLength ? text[..Notice.MaxArgLength] + "…" : text;
}

/// <summary>
/// The notice of a community marking its part of the weekly return done (已填报, <see cref="ReturnShare"/>): the
/// sub-district's officers, who review and submit the whole, hear of it in their inbox (and mail). Not posted to the group
/// robots: a community's step is the sub-district's business, not the district's chat.
/// </summary>
public static class ReturnNoticesOfParts
{
    public static Notice Done(WeeklyReturn weeklyReturn, Node subDistrict, CommunityPart part)
    {
        ArgumentNullException.ThrowIfNull(weeklyReturn);
        ArgumentNullException.ThrowIfNull(subDistrict);
        ArgumentNullException.ThrowIfNull(part);
        var week = ReturnNotices.Week(weeklyReturn.WeekEnding);
        var at = (part.DoneUtc ?? DateTime.MinValue).ToString("yyyyMMddHHmmssfffffff", CultureInfo.InvariantCulture);
        return new Notice(NoticeKinds.ReturnCommunityDone, subDistrict, [subDistrict.Name, week, part.CommunityName, part.DoneByName ?? ""],
            ReturnNotices.ReturnLink(subDistrict.Id, weeklyReturn.WeekEnding),
            string.Create(CultureInfo.InvariantCulture, $"return-part-done:{weeklyReturn.Id}:{part.CommunityId}:{at}"), NoticeAudience.Officers)
        {
            ToRobots = false,
        };
    }
}
