using DistrictPortal.Core.Committees;
using DistrictPortal.Documents.Pdf;
using DistrictPortal.Documents.Pdf.Briefing;
using static DistrictPortal.Documents.Pdf.Briefing.BriefingFormat;

namespace DistrictPortal.Web.Features.Briefings;

/// <summary>
/// The briefing's committee part (P8, P9), from the same tracks and Core rules as /committees for the node's scope:
/// the alerts table with the scope's counts printed above its rule note, and the overdue alerts for the overdue list.
/// Committee records are not snapshotted, so both are as of the day the briefing is generated, and the note labels
/// them "实时" over every estate of the scope, apart from the frozen count of the campaign list on page 1.
/// </summary>
public sealed record BriefingCommittees(ReportTable Table, IReadOnlyList<OverdueItem> Overdue)
{
    public static BriefingCommittees From(IReadOnlyList<CommitteeTrack> tracks, long nodeId, string nodeName, DateOnly today)
    {
        var alerts = CommitteeDeadlines.Classify(tracks, today);
        var total = CommitteeCounts.Total(tracks, nodeId, nodeName);
        // A missed deadline goes on the overdue list only; this table keeps what is still ahead (a term ending soon), so the
        // briefing does not list the same estate twice.
        var table = BriefingTables.Committees(alerts.Where(a => a.Kind == CommitteeAlertKind.TermEndingSoon));
        var counts = $"{Live(today)}：全部小区需成立业委会{Count(total.NeedCommittee)}个，全部小区已成立业委会{Count(total.Formed)}个（{Percent(total.FormedPercent)}），"
            + $"已备案{Count(total.Filed)}个；待办提醒{Count(alerts.Count)}条，其中逾期的列入逾期事项清单。";
        var communities = tracks.ToDictionary(t => t.EstateId, t => t.CommunityName);
        // A term ending soon is a reminder, not a missed deadline: it stays off the overdue list.
        var overdue = alerts.Where(a => a.Kind != CommitteeAlertKind.TermEndingSoon)
            .Select(a => OverdueItem.From(a, communities.GetValueOrDefault(a.EstateId)))
            .ToList();
        return new BriefingCommittees(table with { Note = counts + table.Note }, overdue);
    }
}
