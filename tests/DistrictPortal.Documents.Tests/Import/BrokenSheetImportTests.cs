using DistrictPortal.Core.Estates;
using DistrictPortal.Documents.Import;

namespace DistrictPortal.Documents.Tests.Import;

/// <summary>Every kind of bad cell, each reported at its own address with its own code, and nothing committed.</summary>
public class BrokenSheetImportTests
{
    // 社区 A, 小区名称 B, 地址 C, 建成年份 D, 成套 E, 楼栋数 F, 户数 G, 面积 H, 物管 I, 分类 J, 状态 K, 试点 L, 标杆 M
    private static RegistryImportPreview Preview() => Pailou.Import(Pailou.Registry(
    [
        Pailou.Row("月亮湾社区", "月亮湾小区"),                          // 4
        Pailou.Row("太平社区", "太平里"),                                // 5 the one good row
        Pailou.Row("太平社区", " 太平里"),                               // 6
        Pailou.Row("大河沟社区", "河沟一村", households: -3),             // 7
        Pailou.Row("大河沟社区", "河沟二村", floorArea: 0),               // 8
        Pailou.Row("大河沟社区", "河沟三村", year: 1850),                 // 9
        Pailou.Row("大河沟社区", "河沟四村", year: 2030),                 // 10
        Pailou.Row("大河沟社区", "河沟五村", estateClass: "四类"),         // 11
        Pailou.Row("大河沟社区", "河沟六村", buildings: "十二"),           // 12
        Pailou.Row("大河沟社区", "河沟七村", status: "物业公司"),          // 13
        Pailou.Row("大河沟社区", "河沟八村", households: ""),              // 14
        Pailou.Row("大河沟社区", "河沟九村", completeSet: "有"),           // 15
        Pailou.Row("大河沟社区", "河沟十村", buildings: 2.5),              // 16
        Pailou.Row("大河沟社区", "河沟十一村", room: 9000),                // 17
        Pailou.Row("", "无名小区"),                                       // 18
        ["合计", null, null, null, null, null, 99999],                    // 19
    ]));

    [Fact]
    public void Each_problem_is_reported_at_its_cell()
    {
        var preview = Preview();
        (string Code, string Location)[] expected =
        [
            (ImportCodes.UnknownCommunity, "小区台账!A4"),
            (ImportCodes.DuplicateEstate, "小区台账!B6"),
            (ImportCodes.Negative, "小区台账!G7"),
            (ImportCodes.MustBePositive, "小区台账!H8"),
            (ImportCodes.YearOutOfRange, "小区台账!D9"),
            (ImportCodes.YearOutOfRange, "小区台账!D10"),
            (ImportCodes.InvalidClass, "小区台账!J11"),
            (ImportCodes.NotANumber, "小区台账!F12"),
            (ImportCodes.InvalidStatus, "小区台账!K13"),
            (ImportCodes.Required, "小区台账!G14"),
            (ImportCodes.InvalidYesNo, "小区台账!E15"),
            (ImportCodes.NotWholeNumber, "小区台账!F16"),
            (ImportCodes.RoomLargerThanEstate, "小区台账!I17"),
            (ImportCodes.Required, "小区台账!A18"),
            (ImportCodes.TotalRowMismatch, "小区台账!G19"),
        ];
        Assert.Equal(expected, preview.Issues.Select(i => (i.Code, i.Location)).ToArray());
        Assert.All(preview.Issues, i => Assert.Equal(ImportSeverity.Error, i.Severity));
    }

    [Fact]
    public void Messages_are_Chinese_and_name_the_value()
    {
        var issues = Preview().Issues.ToDictionary(i => i.Location);
        Assert.Contains("月亮湾社区", issues["小区台账!A4"].Message);
        Assert.Contains("牌楼街道", issues["小区台账!A4"].Message);
        Assert.Contains("第 5 行", issues["小区台账!B6"].Message);
        Assert.Contains("-3", issues["小区台账!G7"].Message);
        Assert.Contains("1850", issues["小区台账!D9"].Message);
        Assert.Contains("2026", issues["小区台账!D10"].Message);
        Assert.Contains("四类", issues["小区台账!J11"].Message);
        Assert.Contains("十二", issues["小区台账!F12"].Message);
        Assert.Equal("小区台账!F12：“楼栋数”应为数字，填的是“十二”。", issues["小区台账!F12"].ToString());
        Assert.Contains("99,999", issues["小区台账!G19"].Message);
    }

    [Fact]
    public void Rows_with_errors_are_left_out_and_nothing_can_be_committed()
    {
        var preview = Preview();
        Assert.Equal(["太平里"], preview.ToAdd.Select(a => a.Estate.Name));
        Assert.True(preview.HasErrors);
        Assert.False(preview.CanCommit);
    }

    [Fact]
    public void Missing_columns_are_each_named_and_no_row_is_read()
    {
        var headers = Pailou.Headers.Where(h => !h.StartsWith("户数") && !h.StartsWith("分类")).ToArray();
        var preview = Pailou.Import(Pailou.Registry([["太平社区", "太平里"]], headers));
        Assert.Equal([ImportCodes.ColumnMissing, ImportCodes.ColumnMissing], preview.Issues.Select(i => i.Code));
        Assert.Contains("户数", preview.Issues[0].Message);
        Assert.Contains("分类", preview.Issues[1].Message);
        Assert.Equal("小区台账!3", preview.Issues[0].Location);
        Assert.Empty(preview.ToAdd);
    }

    [Fact]
    public void A_workbook_without_a_registry_sheet_says_so()
    {
        var workbook = new ClosedXML.Excel.XLWorkbook();
        workbook.AddWorksheet("Sheet1").Cell("A1").SetValue("随便写点什么");
        var preview = Pailou.Import(workbook);
        Assert.Equal(ImportCodes.SheetMissing, Assert.Single(preview.Issues).Code);
    }

    [Fact]
    public void An_unmanaged_status_on_an_estate_registered_with_a_mode_is_an_error_at_the_status_cell()
    {
        var existing = Pailou.Existing(12, "太平社区", "太平里");
        existing.Status = ManagementStatus.Professional;
        existing.Mode = ManagementMode.PropertyEnterprise;
        var preview = Pailou.Import(Pailou.Registry([Pailou.Row("太平社区", "太平里")]), Pailou.Context(existing));
        var issue = Assert.Single(preview.Issues);
        Assert.Equal((ImportCodes.UnmanagedHasMode, "小区台账!K4"), (issue.Code, issue.Location));
        Assert.Contains("物业企业接管", issue.Message);
    }

    [Fact]
    public void A_retired_estate_does_not_come_back_through_an_import()
    {
        var retired = Pailou.Existing(12, "太平社区", "太平里");
        retired.IsRetired = true;
        var preview = Pailou.Import(Pailou.Registry([Pailou.Row("太平社区", "太平里")]), Pailou.Context(retired));
        Assert.Equal((ImportCodes.EstateRetired, "小区台账!B4"), (preview.Issues.Single().Code, preview.Issues.Single().Location));
        Assert.Empty(preview.ToAdd);
        Assert.Empty(preview.ToChange);
    }

    // The importer never calculates a formula (issue 14: a reference chain overflowed ClosedXML's evaluator and ended the
    // process); it reads the result Excel stored with it, as every Excel and WPS save does.
    private static ClosedXML.Excel.XLWorkbook FormulaTotals()
    {
        var workbook = Pailou.Registry([Pailou.Row("太平社区", "太平里"), Pailou.Row("牌楼社区", "牌楼小区"), ["合计"]]);
        var sheet = workbook.Worksheet("小区台账");
        sheet.Cell("F6").FormulaA1 = "SUM(F4:F5)";     // 8: agrees
        sheet.Cell("G6").FormulaA1 = "SUM(G4:G5)+1";   // 241 against 240
        return workbook;
    }

    [Fact]
    public void A_合计_row_of_formulas_is_checked_by_the_results_Excel_stored()
    {
        var preview = RegistryImporter.Preview(Pailou.Bytes(FormulaTotals(), storeFormulaResults: true), Pailou.Context());
        var issue = Assert.Single(preview.Issues);
        Assert.Equal((ImportCodes.TotalRowMismatch, "小区台账!G6"), (issue.Code, issue.Location));
        Assert.Contains("241", issue.Message);
        Assert.Equal(2, preview.ToAdd.Count);
    }

    [Fact]
    public void A_合计_row_of_formulas_saved_without_results_is_reported_at_each_cell_not_calculated()
    {
        var preview = Pailou.Import(FormulaTotals());
        Assert.Equal([(ImportCodes.FormulaError, "小区台账!F6"), (ImportCodes.FormulaError, "小区台账!G6")],
            preview.Issues.Select(i => (i.Code, i.Location)));
        Assert.Contains("=SUM(G4:G5)+1", preview.Issues[1].Message);
        Assert.Contains("不计算公式", preview.Issues[1].Message);
    }

    [Fact]
    public void A_stray_value_far_below_the_table_is_reported_at_its_row_without_walking_the_gap()
    {
        var workbook = Pailou.Registry([Pailou.Row("太平社区", "太平里")]);
        workbook.Worksheet("小区台账").Cell("B1000000").SetValue("旧数据");
        var preview = Pailou.Import(workbook);
        Assert.Equal(["小区台账!A1000000", "小区台账!E1000000", "小区台账!F1000000"],
            preview.Issues.Where(i => i.Code == ImportCodes.Required).Select(i => i.Location).Take(3));
        Assert.Equal(["太平里"], preview.ToAdd.Select(a => a.Estate.Name));
    }
}
