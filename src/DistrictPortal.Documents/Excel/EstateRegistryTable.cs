using DistrictPortal.Core.Estates;

namespace DistrictPortal.Documents.Excel;

/// <summary>
/// The registry (小区台账) of a scope as a <see cref="TableExport"/>, in the columns of the import template so that
/// an export, edited and uploaded again, imports as changes. Also the P5-shaped count by community and class.
/// </summary>
public static class EstateRegistryTable
{
    public const string Subject = "小区台账";
    public const string SummarySubject = "分类汇总";

    public static readonly IReadOnlyList<TableColumn> Columns =
    [
        TableColumn.Text("社区"),
        TableColumn.Text("小区名称"),
        TableColumn.Text("地址"),
        new("建成年份", ColumnKind.Year),
        TableColumn.Text("成套住房(是/否)"),
        TableColumn.Integer("楼栋数", sums: true),
        TableColumn.Integer("户数", sums: true),
        TableColumn.Decimal("建筑总面积（m²）", sums: true),
        TableColumn.Decimal("物管用房面积（m²）", sums: true),
        TableColumn.Text("分类(一类/二类/三类/未分类)"),
        TableColumn.Text("管理状态(专业物业/单位自管/无物业/保障房)"),
        TableColumn.Text("试点(是/否)"),
        TableColumn.Text("标杆(是/否)"),
    ];

    public static IReadOnlyList<object?> Row(Estate e) =>
    [
        e.CommunityName,
        e.Name,
        e.Address,
        e.YearBuilt,
        EstateLabels.Of(e.IsCompleteSet),
        e.Buildings,
        e.Households,
        e.FloorArea,
        e.ManagementRoomArea,
        EstateLabels.Of(e.Class),
        EstateLabels.Of(e.Status),
        EstateLabels.Of(e.IsPilot),
        EstateLabels.Of(e.IsBenchmark),
    ];

    /// <summary>
    /// The registry's layout for <see cref="StreamedWorkbookWriter"/> (rows given separately, as they are read): the same
    /// columns with the long text ones given widths up front, since a stream cannot measure them.
    /// </summary>
    public static TableExport Layout(string scope, DateOnly asOf) =>
        new(scope, Subject, asOf, [.. Columns.Select(c => c.Header switch
        {
            "社区" => c with { Width = 14 },
            "小区名称" => c with { Width = 24 },
            "地址" => c with { Width = 30 },
            _ => c,
        })], []) { AsOfLabel = AsOfText.Label(Core.Returns.AsOf.Live(asOf)) };

    public static TableExport Build(string scope, DateOnly asOf, IEnumerable<Estate> estates) =>
        new(scope, Subject, asOf, Columns, estates.Select(Row).ToList()) { AsOfLabel = AsOfText.Label(Core.Returns.AsOf.Live(asOf)) };

    /// <summary>社区, 合计, 一类, 二类, 三类, 未分类 — the P5 table, with a 合计 row; zero shown as a blank like the source.</summary>
    public static TableExport Summary(string scope, DateOnly asOf, IEnumerable<CommunityClassSubtotal> subtotals) =>
        new(scope, SummarySubject, asOf,
            [
                TableColumn.Text("社区"),
                TableColumn.Integer("合计", sums: true),
                TableColumn.Integer("一类", sums: true),
                TableColumn.Integer("二类", sums: true),
                TableColumn.Integer("三类", sums: true),
                TableColumn.Integer("未分类", sums: true),
            ],
            subtotals.Select(s => (IReadOnlyList<object?>)
                [s.CommunityName, s.Total, BlankIfZero(s.ClassOne), BlankIfZero(s.ClassTwo), BlankIfZero(s.ClassThree), BlankIfZero(s.Unclassified)])
                .ToList());

    private static int? BlankIfZero(int n) => n == 0 ? null : n;
}
