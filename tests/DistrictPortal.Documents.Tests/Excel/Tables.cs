using ClosedXML.Excel;
using DistrictPortal.Documents.Excel;

namespace DistrictPortal.Documents.Tests.Excel;

/// <summary>A sample table and a way to read a written workbook back.</summary>
internal static class Tables
{
    public static readonly DateOnly AsOf = new(2026, 11, 26);

    public static TableExport Registry() => new(
        "牌楼街道", "小区台账", AsOf,
        [
            TableColumn.Text("社区"),
            TableColumn.Text("小区名称"),
            new("建成年份", ColumnKind.Year),
            TableColumn.Integer("户数", sums: true),
            TableColumn.Decimal("建筑总面积（m²）", sums: true),
            TableColumn.Money("金额（元）", sums: true),
            new("占比", ColumnKind.Percent),
            new("清零率（%）", ColumnKind.PercentPoints) { TotalValue = 50.0m },
            TableColumn.Date("销号日期"),
        ],
        [
            ["大河沟社区", "河沟新村", 1992, 1200, 45678.5m, 1234567.891m, 0.667m, 66.7m, new DateOnly(2026, 11, 20)],
            ["牌楼社区", "牌楼小区东区（含原粮站宿舍、供销社宿舍及周边散居楼栋）", 1988, 86, 5200m, 0.01m, 0.125m, 12.5m, null],
            ["太平社区", "太平里", null, 0, 1000.25m, 100m, null, null, new DateTime(2026, 1, 2, 15, 30, 0)],
        ]);

    public static XLWorkbook Read(byte[] bytes) => new(new MemoryStream(bytes));
}
