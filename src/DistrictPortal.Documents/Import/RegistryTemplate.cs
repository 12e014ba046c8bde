using ClosedXML.Excel;
using DistrictPortal.Core.Estates;
using DistrictPortal.Documents.Excel;

namespace DistrictPortal.Documents.Import;

/// <summary>
/// The registry template (调研摸底表) a sub-district downloads, fills in and uploads: sheet 小区台账 with the
/// columns <see cref="RegistryImporter"/> reads (optionally pre-filled with the current registry, so an upload is
/// a set of changes), drop-down lists and number checks while typing, an optional 分类汇总 sheet in the P5 shape,
/// and 填表说明.
/// </summary>
public static class RegistryTemplate
{
    public const string SummarySheet = "分类汇总";
    public const string GuideSheet = "填表说明";
    public const string ListsSheet = "选项";
    /// <summary>Rows below the header that get drop-downs and checks.</summary>
    public const int ValidatedRows = 1000;

    private static readonly TableColumn[] Columns =
    [
        TableColumn.Text(RegistryFields.HeaderOf(RegistryField.Community)),
        TableColumn.Text(RegistryFields.HeaderOf(RegistryField.Name)),
        TableColumn.Text(RegistryFields.HeaderOf(RegistryField.Address)),
        new(RegistryFields.HeaderOf(RegistryField.YearBuilt), ColumnKind.Year),
        TableColumn.Text(RegistryFields.HeaderOf(RegistryField.IsCompleteSet)),
        TableColumn.Integer(RegistryFields.HeaderOf(RegistryField.Buildings)),
        TableColumn.Integer(RegistryFields.HeaderOf(RegistryField.Households)),
        TableColumn.Decimal(RegistryFields.HeaderOf(RegistryField.FloorArea)),
        TableColumn.Decimal(RegistryFields.HeaderOf(RegistryField.ManagementRoomArea)),
        TableColumn.Text(RegistryFields.HeaderOf(RegistryField.Class)),
        TableColumn.Text(RegistryFields.HeaderOf(RegistryField.Status)),
        TableColumn.Text(RegistryFields.HeaderOf(RegistryField.IsPilot)),
        TableColumn.Text(RegistryFields.HeaderOf(RegistryField.IsBenchmark)),
    ];

    public static string FileName(string subDistrict, DateOnly asOf) => ExportFileName.For(subDistrict, "小区台账导入模板", asOf);

    public static byte[] Create(string subDistrict, IReadOnlyList<string> communities, DateOnly asOf, IEnumerable<Estate>? prefill = null)
    {
        var rows = (prefill ?? []).OrderBy(e => communities.ToList().IndexOf(e.CommunityName)).ThenBy(e => e.Name, StringComparer.Ordinal)
            .Select(EstateRegistryTable.Row).ToList();
        var registry = new TableExport(subDistrict, RegistryFields.SheetName, asOf, Columns, rows)
        {
            TitleOverride = $"{subDistrict} 小区台账（调研摸底表）",
            Numbered = false,
        };
        using var workbook = TableWorkbookWriter.NewWorkbook();
        var sheet = TableWorkbookWriter.AddSheet(workbook, registry);
        var summary = TableWorkbookWriter.AddSheet(workbook, new TableExport(subDistrict, SummarySheet, asOf,
            [TableColumn.Text("社区"), TableColumn.Integer("合计"), TableColumn.Integer("一类"), TableColumn.Integer("二类"), TableColumn.Integer("三类")],
            communities.Select(c => (IReadOnlyList<object?>)[c, null, null, null, null]).ToList())
        {
            TitleOverride = $"{subDistrict} 小区分类汇总（可不填；填写后将与“小区台账”逐项核对）",
            Numbered = false,
        });
        AddGuide(workbook, subDistrict);
        var lists = AddLists(workbook, communities);
        AddValidation(sheet, lists, asOf.Year);
        summary.Range(TableWorkbookWriter.FirstDataRow, 2, TableWorkbookWriter.FirstDataRow + communities.Count, 5)
            .SetDataValidation().WholeNumber.EqualOrGreaterThan(0);
        sheet.SetTabActive();

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void AddGuide(XLWorkbook workbook, string subDistrict)
    {
        string[] lines =
        [
            $"{subDistrict} 小区台账（调研摸底表）填表说明",
            "1. 每个小区填一行，不要合并单元格，不要改动第 3 行表头。",
            "2. “社区”从下拉列表中选择；同一社区下小区名称不能重复。与系统中同一社区、同名的小区视为修改，其余视为新增；文件中没有的小区不会被删除。",
            "3. 建成年份填四位数字（如 1998）；楼栋数、户数填整数；面积单位为平方米（m²），可保留两位小数；物管用房面积没有可留空。",
            "4. 分类填 一类、二类、三类 或 未分类（情况不明时填未分类，不要猜）；管理状态填 专业物业、单位自管、无物业 或 保障房；成套住房、试点、标杆填 是 或 否（试点、标杆留空视为否）。",
            "5. 可在最后一行写“合计”，系统会核对合计与各行之和，但不会把合计行当作小区导入。",
            "6. “分类汇总”表可不填；填写后，各社区的合计须等于一类、二类、三类之和，并与“小区台账”中各类小区的个数一致。",
            "7. 上传前请取消文件密码；文件不超过 5 MB。上传后系统先显示预览（新增、修改和问题所在单元格），确认后才保存。",
        ];
        var guide = workbook.AddWorksheet(GuideSheet);
        for (var i = 0; i < lines.Length; i++)
        {
            guide.Cell(i + 1, 1).SetValue(lines[i]);
            guide.Cell(i + 1, 1).Style.Alignment.WrapText = true;
        }
        guide.Cell(1, 1).Style.Font.Bold = true;
        guide.Cell(1, 1).Style.Font.FontSize = 14;
        guide.Column(1).Width = 100;
    }

    private static IXLWorksheet AddLists(XLWorkbook workbook, IReadOnlyList<string> communities)
    {
        var lists = workbook.AddWorksheet(ListsSheet);
        void Column(int column, IEnumerable<string> values)
        {
            var row = 1;
            foreach (var value in values)
                lists.Cell(row++, column).SetValue(value);
        }
        Column(1, communities);
        Column(2, EstateLabels.Classes.Select(c => c.Label));
        Column(3, EstateLabels.Statuses.Select(s => s.Label));
        Column(4, [EstateLabels.Yes, EstateLabels.No]);
        lists.Hide();
        return lists;
    }

    // Lists are ranges on the hidden 选项 sheet: an inline list is limited to 255 characters and ClosedXML 0.95.4
    // writes it without the quotes Excel requires.
    private static void AddValidation(IXLWorksheet sheet, IXLWorksheet lists, int currentYear)
    {
        IXLRange Column(RegistryField field)
        {
            var column = RegistryFields.Template.Select(t => t.Field).ToList().IndexOf(field) + 1;
            return sheet.Range(TableWorkbookWriter.FirstDataRow, column, TableWorkbookWriter.FirstDataRow + ValidatedRows - 1, column);
        }
        IXLRange List(int column) => lists.Range(1, column, Math.Max(1, lists.Column(column).LastCellUsed()?.Address.RowNumber ?? 1), column);
        void Explain(IXLDataValidation rule, string message)
        {
            rule.ErrorTitle = "填写有误";
            rule.ErrorMessage = message;
            rule.ShowErrorMessage = true;
        }

        void Choice(RegistryField field, int listColumn, string message)
        {
            var rule = Column(field).SetDataValidation();
            rule.List(List(listColumn));
            Explain(rule, message);
        }

        Choice(RegistryField.Community, 1, "请从下拉列表选择社区。");
        Choice(RegistryField.Class, 2, "分类应为 一类、二类、三类 或 未分类。");
        Choice(RegistryField.Status, 3, "管理状态应为 专业物业、单位自管、无物业 或 保障房。");
        foreach (var field in new[] { RegistryField.IsCompleteSet, RegistryField.IsPilot, RegistryField.IsBenchmark })
            Choice(field, 4, "请填“是”或“否”。");

        var year = Column(RegistryField.YearBuilt).SetDataValidation();
        year.WholeNumber.Between(EstateValidator.EarliestYearBuilt, currentYear);
        Explain(year, $"建成年份应为 {EstateValidator.EarliestYearBuilt} 至 {currentYear} 之间的四位数字。");
        foreach (var field in new[] { RegistryField.Buildings, RegistryField.Households })
        {
            var count = Column(field).SetDataValidation();
            count.WholeNumber.EqualOrGreaterThan(0);
            Explain(count, "请填不小于 0 的整数。");
        }
        var area = Column(RegistryField.FloorArea).SetDataValidation();
        area.Decimal.GreaterThan(0);
        Explain(area, "建筑总面积应大于 0（单位 m²）。");
        var room = Column(RegistryField.ManagementRoomArea).SetDataValidation();
        room.Decimal.EqualOrGreaterThan(0);
        Explain(room, "物管用房面积不能为负数（单位 m²），没有可留空。");
    }
}
