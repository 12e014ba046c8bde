using ClosedXML.Excel;
using DistrictPortal.Core.Committees;
using DistrictPortal.Core.Returns;
using DistrictPortal.Documents;
using DistrictPortal.Documents.Excel;
using DistrictPortal.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Features.Committees;

/// <summary>
/// The overdue list with the page's filters and sort (every page, not just the one shown), and the counts by
/// sub-district and community, as a workbook of <see cref="TableWorkbookWriter"/> tables: 牌楼街道_业委会_2026-11-27.xlsx.
/// </summary>
public static class CommitteeExport
{
    public const string Subject = "业委会";

    public static string FileName(string scope, DateOnly today) => ExportFileName.For(scope, Subject, today);

    public static TableExport Overdue(CommitteeOverview overview, string scope, CommitteeListRequest request, IStringLocalizer l) =>
        new(scope, Subject, overview.Today,
            [
                TableColumn.Text("街道"),
                TableColumn.Text("社区"),
                TableColumn.Text("小区"),
                TableColumn.Text("事项"),
                TableColumn.Date("应办日期"),
                TableColumn.Integer("逾期天数"),
                TableColumn.Integer("剩余天数"),
            ],
            overview.Rows.Select(r => (IReadOnlyList<object?>)
            [
                r.Track.SubDistrictName,
                r.Track.CommunityName,
                r.Alert.EstateName,
                l.Enum(r.Alert.Kind),
                r.Alert.DueDate,
                r.IsAhead ? null : (int?)r.Alert.Days,
                r.IsAhead ? (int?)r.Alert.Days : null,
            ]).ToList())
        {
            TitleOverride = $"{scope} 业委会逾期事项",
            SheetNameOverride = "逾期事项",
            AsOfLabel = AsOfText.Label(AsOf.Live(overview.Today)),
            Notes =
            [
                $"注：筛选条件：{(request.ValidKind is { } k ? l.Enum(k) : "全部事项")}"
                    + (request.Community is { } c ? $"，社区 {overview.ByCommunity.FirstOrDefault(x => x.NodeId == c)?.NodeName}" : ""),
                "注：征求意见须在硬件整治竣工接收后一个月内完成；选择专业化物业管理（超过全部户数的一半）的，两个月内召开业主大会、选举业委会。"
                    + "“一个月”“两个月”按日历月计，次月无同日的取该月最后一日（如1月31日起一个月为2月28日）。",
            ],
        };

    public static TableExport Counts(CommitteeOverview overview, string scope) =>
        new(scope, "业委会组建统计", overview.Today,
            [
                TableColumn.Text("街道"),
                TableColumn.Text("社区"),
                TableColumn.Integer("小区数", sums: true),
                TableColumn.Integer("已征求意见", sums: true),
                TableColumn.Integer("选择专业化物业", sums: true),
                TableColumn.Integer("应组建业委会", sums: true),
                TableColumn.Integer("已组建", sums: true),
                TableColumn.Integer("已备案", sums: true),
            ],
            overview.ByCommunity.Select(c => (IReadOnlyList<object?>)
            [
                SubDistrictOf(overview, c.NodeId), c.NodeName, c.Estates, c.Consulted, c.Professional, c.NeedCommittee, c.Formed, c.Filed,
            ]).ToList())
        {
            SheetNameOverride = "组建统计",
            AsOfLabel = AsOfText.Label(AsOf.Live(overview.Today)),
            Notes = ["注：应组建业委会＝征求意见结果为专业化物业管理的小区，以及已组建业委会的小区。"],
        };

    public static byte[] ToBytes(CommitteeOverview overview, string scope, CommitteeListRequest request, IStringLocalizer l)
    {
        using var workbook = TableWorkbookWriter.NewWorkbook();
        TableWorkbookWriter.AddSheet(workbook, Overdue(overview, scope, request, l));
        TableWorkbookWriter.AddSheet(workbook, Counts(overview, scope));
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static string SubDistrictOf(CommitteeOverview overview, long communityId) =>
        overview.CommunitySubDistricts.GetValueOrDefault(communityId, "");
}
