using ClosedXML.Excel;
using DistrictPortal.Core.Estates;
using DistrictPortal.Documents.Excel;
using DistrictPortal.Documents.Import;

namespace DistrictPortal.Documents.Tests.Import;

public class RegistryTemplateTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 26);
    private static readonly string[] Communities = Pailou.Communities.Select(c => c.Name).ToArray();

    private static XLWorkbook Template(IEnumerable<Estate>? prefill = null) =>
        new(new MemoryStream(RegistryTemplate.Create(Pailou.SubDistrict, Communities, AsOf, prefill)));

    [Fact]
    public void Has_the_registry_sheet_with_the_template_columns_under_a_title()
    {
        using var workbook = Template();
        Assert.Equal(["小区台账", "分类汇总", "填表说明", "选项"], workbook.Worksheets.Select(s => s.Name));
        var sheet = workbook.Worksheet("小区台账");
        Assert.Equal("牌楼街道 小区台账（调研摸底表）", sheet.Cell("A1").GetString());
        Assert.Equal(Pailou.Headers, Enumerable.Range(1, 13).Select(c => sheet.Cell(3, c).GetString()));
        Assert.Equal(
            ["社区", "小区名称", "地址", "建成年份", "成套住房（是/否）", "楼栋数", "户数", "建筑总面积（m²）", "物管用房面积（m²）",
             "分类（一类/二类/三类/未分类）", "管理状态（专业物业/单位自管/无物业/保障房）", "试点（是/否）", "标杆（是/否）"],
            Pailou.Headers);
        Assert.Equal(3, sheet.SheetView.SplitRow);
        Assert.Equal(XLWorksheetVisibility.Hidden, workbook.Worksheet("选项").Visibility);
    }

    [Fact]
    public void Offers_drop_downs_from_the_lists_sheet_and_checks_numbers()
    {
        using var workbook = Template();
        var sheet = workbook.Worksheet("小区台账");
        var rules = sheet.DataValidations.ToDictionary(v => v.Ranges.Single().RangeAddress.ToString()!);
        Assert.Equal("选项!$A$1:$A$9", rules["A4:A1003"].Value);
        Assert.Equal(XLAllowedValues.List, rules["J4:J1003"].AllowedValues);
        Assert.Equal(XLAllowedValues.WholeNumber, rules["D4:D1003"].AllowedValues);
        Assert.Equal("2026", rules["D4:D1003"].MaxValue);
        Assert.Equal(XLAllowedValues.Decimal, rules["H4:H1003"].AllowedValues);
        Assert.Equal(Communities, Enumerable.Range(1, 9).Select(r => workbook.Worksheet("选项").Cell(r, 1).GetString()));
        Assert.Equal(["一类", "二类", "三类", "未分类"], Enumerable.Range(1, 4).Select(r => workbook.Worksheet("选项").Cell(r, 2).GetString()));
    }

    [Fact]
    public void A_filled_in_template_imports_cleanly_with_its_blank_summary_ignored()
    {
        using var workbook = Template();
        var sheet = workbook.Worksheet("小区台账");
        object?[][] rows = [Pailou.Row("太平社区", "太平里"), Pailou.Row("石峰村", "石峰小区", estateClass: "三类")];
        for (var r = 0; r < rows.Length; r++)
            for (var c = 0; c < rows[r].Length; c++)
                Pailou.Set(sheet.Cell(4 + r, c + 1), rows[r][c]);

        var preview = Pailou.Import(workbook);
        Assert.True(preview.Issues.Count == 0, Pailou.Describe(preview));
        Assert.Equal(["太平里", "石峰小区"], preview.ToAdd.Select(a => a.Estate.Name));
        Assert.Null(preview.SummarySheet); // left blank: not checked
    }

    [Fact]
    public void A_prefilled_template_uploaded_unchanged_changes_nothing()
    {
        var existing = new[]
        {
            Pailou.Existing(11, "牌楼社区", "牌楼小区"),
            Pailou.Existing(12, "太平社区", "太平里", estateClass: EstateClass.Unclassified),
        };
        existing[0].ManagementRoomArea = null;
        existing[1].Address = null;
        existing[1].IsBenchmark = true;
        using var workbook = Template(existing);
        var preview = Pailou.Import(workbook, Pailou.Context(existing));
        Assert.True(preview.Issues.Count == 0, Pailou.Describe(preview));
        Assert.Equal(2, preview.UnchangedCount);
        Assert.Empty(preview.ToAdd);
        Assert.Empty(preview.ToChange);
        Assert.False(preview.CanCommit); // nothing to do
    }

    [Fact]
    public void A_registry_export_with_its_序号_and_合计_row_reimports_as_unchanged()
    {
        var existing = Enumerable.Range(1, 5).Select(i => Pailou.Existing(i, "万安社区", $"万安{i}号院", households: 100 + i)).ToArray();
        var export = TableWorkbookWriter.ToBytes(EstateRegistryTable.Build(Pailou.SubDistrict, AsOf, existing));
        var preview = RegistryImporter.Preview(export, Pailou.Context(existing));
        Assert.True(preview.Issues.Count == 0, Pailou.Describe(preview)); // the 合计 row was recognised and agrees with the rows
        Assert.Equal(5, preview.UnchangedCount);
    }

    [Fact]
    public void File_name_follows_the_export_pattern() =>
        Assert.Equal("牌楼街道_小区台账导入模板_2026-11-26.xlsx", RegistryTemplate.FileName(Pailou.SubDistrict, AsOf));
}
