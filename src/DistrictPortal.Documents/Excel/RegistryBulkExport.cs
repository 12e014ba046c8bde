using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Returns;

namespace DistrictPortal.Documents.Excel;

/// <summary>A return row with the week and sub-district it belongs to, as the bulk export of returns reads them.</summary>
public sealed record ReturnLine(string SubDistrictName, DateOnly WeekEnding, ReturnStatus Status, ReturnRow Row);

/// <summary>
/// The two bulk sheets of issue 7: every estate of a scope, and the return rows of a range of weeks.
/// Both take an <see cref="IEnumerable{T}"/> so the caller can stream from the database.
/// </summary>
public static class RegistryBulkExport
{
    public const string EstatesSheet = "小区台账";
    public const string ReturnsSheet = "周报明细";

    public static readonly IReadOnlyList<BulkColumn<Estate>> EstateColumns =
    [
        new(new("街道") { Width = 14 }, e => e.SubDistrictName),
        new(new("社区") { Width = 14 }, e => e.CommunityName),
        new(new("小区名称") { Width = 24 }, e => e.Name),
        new(new("地址") { Width = 30 }, e => e.Address),
        new(new("建成年份", ColumnKind.Year), e => e.YearBuilt),
        new(TableColumn.Text("成套住房"), e => EstateLabels.Of(e.IsCompleteSet)),
        new(TableColumn.Integer("楼栋数", sums: true), e => e.Buildings),
        new(TableColumn.Integer("户数", sums: true), e => e.Households),
        new(TableColumn.Decimal("建筑总面积（m²）", sums: true), e => e.FloorArea),
        new(TableColumn.Decimal("物管用房面积（m²）", sums: true), e => e.ManagementRoomArea),
        new(TableColumn.Text("分类"), e => EstateLabels.Of(e.Class)),
        new(TableColumn.Text("管理状态"), e => EstateLabels.Of(e.Status, e.Mode)),
        new(new("管理方式") { Width = 18 }, e => EstateLabels.Of(e.Mode)),
        new(TableColumn.Integer("六有（项）"), e => Haves.Count(e.SixHaves)),
        new(TableColumn.Integer("八有（项）"), e => Haves.Count(ManagementRoomCheck.EightHavesOf(e))),
        new(TableColumn.Text("试点"), e => EstateLabels.Of(e.IsPilot)),
        new(TableColumn.Text("标杆"), e => EstateLabels.Of(e.IsBenchmark)),
    ];

    public static readonly IReadOnlyList<BulkColumn<ReturnLine>> ReturnColumns =
    [
        new(new("街道") { Width = 14 }, l => l.SubDistrictName),
        new(TableColumn.Date("报告周截止日（周五）"), l => l.WeekEnding),
        new(TableColumn.Text("报送状态"), l => EstateLabels.Of(l.Status)),
        new(new("小区名称") { Width = 24 }, l => l.Row.EstateName),
        new(TableColumn.Integer("户数"), l => l.Row.Households), // not summed: an estate appears once a week
        new(new("管理方式") { Width = 18 }, l => EstateLabels.Of(l.Row.Mode)),
        new(TableColumn.Integer("六有（项）"), l => Haves.Count(l.Row.SixHaves)),
        new(TableColumn.Date("征求意见日期"), l => l.Row.ConsultationDate),
        new(TableColumn.Date("业主大会日期"), l => l.Row.OwnersMeetingDate),
        new(TableColumn.Date("业委会成立日期"), l => l.Row.CommitteeElectedDate),
        new(TableColumn.Date("合同签订日期"), l => l.Row.ContractSignedDate),
        new(TableColumn.Text("是否销号"), l => EstateLabels.Of(l.Row.IsStruckOff)),
        new(TableColumn.Date("销号日期"), l => l.Row.StruckOffDate),
        new(new("困难问题") { Width = 30 }, l => l.Row.Blockers),
        new(new("需区级协调事项") { Width = 30 }, l => l.Row.HelpAsked),
    ];

    public static int WriteEstates(Stream output, IEnumerable<Estate> estates) =>
        BulkExcelWriter.Write(output, EstatesSheet, EstateColumns, estates);

    public static int WriteReturnRows(Stream output, IEnumerable<ReturnLine> lines) =>
        BulkExcelWriter.Write(output, ReturnsSheet, ReturnColumns, lines);
}
