using System.Globalization;
using DistrictPortal.Documents.Excel;
using DistrictPortal.Documents.Import.Xlsx;

namespace DistrictPortal.Documents.Import;

/// <summary>
/// Reads the registry sheet (小区台账): finds the header under any title rows, maps columns by their header text,
/// reads each estate row, recognises a 合计 row and checks its sums instead of importing it, and flags estates
/// listed twice. The sheet is read as a stream, row by row: reading stops at the row cap, so a sheet of 100,000 rows
/// costs what 5,000 do.
/// </summary>
internal sealed class RegistrySheetReader(RegistryImportContext context, List<ImportIssue> all)
{
    private static readonly RegistryField[] SummedFields =
        [RegistryField.Buildings, RegistryField.Households, RegistryField.FloorArea, RegistryField.ManagementRoomArea];

    public XlsxSheet? Sheet { get; private set; }
    /// <summary>False when the sheet or its columns are missing: nothing was read.</summary>
    public bool Read { get; private set; }
    public List<ParsedEstateRow> Rows { get; } = [];
    public RegistryRowParser? Parser { get; private set; }
    public SheetIssues Issues { get; private set; } = null!;
    public IReadOnlyDictionary<RegistryField, int> Columns { get; private set; } = new Dictionary<RegistryField, int>();

    public void ReadFrom(XlsxWorkbook workbook)
    {
        var (sheet, found) = FindSheet(workbook);
        Sheet = sheet;
        if (Sheet is null)
        {
            all.Add(new(ImportSeverity.Error, ImportCodes.SheetMissing,
                $"找不到“{RegistryFields.SheetName}”工作表（或表头含“社区”“小区名称”的工作表）。请使用下载的模板。"));
            return;
        }
        var issues = Issues = new SheetIssues(Sheet.Name, all);
        var header = found!.Value;
        var columns = MapColumns(header.Row, header.Cells, issues);
        if (columns is null)
            return;
        Columns = columns;

        var communities = context.Communities.GroupBy(c => CellText.Key(c.Name)).ToDictionary(g => g.Key, g => g.First().Id);
        Parser = new RegistryRowParser(columns, communities, context, issues);
        ReadRows(workbook.Rows(Sheet), header, columns, issues);
        Read = true;
    }

    /// <summary>The sheet named 小区台账 with a registry header, else the first sheet with one; each sheet's top rows read once.</summary>
    private static (XlsxSheet?, (int Row, IReadOnlyList<(int Column, string Text)> Cells)?) FindSheet(XlsxWorkbook workbook)
    {
        var headers = workbook.Sheets.Select(s => (Sheet: s, Header: HeaderRow.Find(workbook.Rows(s), IsRegistryHeader)))
            .Where(s => s.Header is not null).ToList();
        var chosen = headers.FirstOrDefault(s => CellText.Key(s.Sheet.Name) == RegistryFields.SheetName);
        if (chosen.Sheet is null && headers.Count > 0)
            chosen = headers[0];
        return (chosen.Sheet, chosen.Header);
    }

    private static bool IsRegistryHeader(IReadOnlyList<string> cells)
    {
        var fields = cells.Select(RegistryFields.Match).ToList();
        return fields.Contains(RegistryField.Community) && fields.Contains(RegistryField.Name);
    }

    private static Dictionary<RegistryField, int>? MapColumns(int headerRow, IReadOnlyList<(int Column, string Text)> cells, SheetIssues issues)
    {
        var columns = new Dictionary<RegistryField, int>();
        var duplicated = false;
        foreach (var (column, text) in cells)
        {
            if (RegistryFields.Match(text) is not { } field)
            {
                if (!RegistryFields.IsNumbering(text))
                    issues.Warning(ImportCodes.ColumnIgnored, $"不认识的列“{text}”，未导入。", headerRow, column);
                continue;
            }
            if (columns.TryGetValue(field, out var first))
            {
                duplicated = true;
                issues.Error(ImportCodes.ColumnDuplicated, $"“{RegistryFields.LabelOf(field)}”列出现了两次（另见 {SheetIssues.Cell(headerRow, first)}）。", headerRow, column);
            }
            else
                columns[field] = column;
        }
        var missing = RegistryFields.Template.Where(t => !columns.ContainsKey(t.Field)).ToList();
        foreach (var (_, text) in missing)
            issues.Error(ImportCodes.ColumnMissing, $"缺少“{text}”列（表头在第 {headerRow} 行）。请使用下载的模板。", headerRow);
        return missing.Count == 0 && !duplicated ? columns : null;
    }

    private void ReadRows(IEnumerable<XlsxRow> sheetRows, (int Row, IReadOnlyList<(int Column, string Text)> Cells) header,
        Dictionary<RegistryField, int> columns, SheetIssues issues)
    {
        var labelColumns = LabelColumns(header.Cells, columns);
        var seen = new Dictionary<(long, string), int>();
        // Only rows that hold something come from the reader: a stray value at row 1,000,000 is one row, not a million.
        using var rows = sheetRows.Where(r => r.Number > header.Row).GetEnumerator();

        while (rows.MoveNext())
        {
            var sheetRow = rows.Current;
            var r = sheetRow.Number;
            if (columns.Values.All(c => sheetRow.Cell(c).IsBlank))
                continue;
            var labels = labelColumns.Select(c => CellText.Read(sheetRow.Cell(c))).Where(t => t.Length > 0).ToList();
            if (labels.Any(HeaderRow.IsSubtotal))
            {
                issues.Warning(ImportCodes.SubtotalSkipped, "小计行，未导入。", r);
                continue;
            }
            if (labels.Any(HeaderRow.IsTotal))
            {
                CheckTotals(sheetRow, columns, issues);
                // Lines under the 合计 row are the signature block (填报人、联系电话), not estates.
                if (rows.MoveNext())
                {
                    var first = rows.Current.Number;
                    var last = first;
                    while (rows.MoveNext())
                        last = rows.Current.Number;
                    issues.Warning(ImportCodes.FooterIgnored, $"合计行之后的内容（第 {first}–{last} 行）未导入。", first);
                }
                return;
            }
            if (Rows.Count >= context.MaxRows)
            {
                // Stop reading here: what lies below is not read at all.
                issues.Error(ImportCodes.TooManyRows, $"数据超过 {context.MaxRows} 行，请检查是否选错了工作表。", r);
                return;
            }

            var row = Parser!.Parse(sheetRow);
            Rows.Add(row);
            if (row.CommunityId is { } communityId && row.Estate.Name.Length > 0)
            {
                var key = (communityId, CellText.Key(row.Estate.Name));
                if (seen.TryGetValue(key, out var firstRow))
                {
                    row.HasError = true;
                    issues.Error(ImportCodes.DuplicateEstate,
                        $"“{row.Estate.CommunityName} {row.Estate.Name}”重复：第 {firstRow} 行已有同一社区的同名小区。", r, columns[RegistryField.Name]);
                }
                else
                {
                    seen[key] = r;
                }
            }
        }
        if (Rows.Count == 0)
            issues.Error(ImportCodes.NoRows, "表中没有小区数据。", header.Row + 1);
    }

    /// <summary>Where a 合计 label can sit: a 序号 column (or an unnamed first column), 社区, 小区名称.</summary>
    private static List<int> LabelColumns(IReadOnlyList<(int Column, string Text)> headerCells, Dictionary<RegistryField, int> columns)
    {
        var numbering = headerCells.Where(c => RegistryFields.IsNumbering(c.Text)).Select(c => c.Column);
        IEnumerable<int> first = columns.ContainsValue(1) ? [] : [1];
        return [.. first.Concat(numbering).Append(columns[RegistryField.Community]).Append(columns[RegistryField.Name]).Distinct()];
    }

    /// <summary>A stated 合计 is checked against the rows above it, never imported and never "corrected".</summary>
    private void CheckTotals(XlsxRow totalRow, Dictionary<RegistryField, int> columns, SheetIssues issues)
    {
        foreach (var field in SummedFields)
        {
            var column = columns[field];
            var label = RegistryFields.LabelOf(field);
            var cell = totalRow.Cell(column);
            var stated = CellText.ReadNumber(cell);
            if (stated.State == NumberState.Blank)
                continue;
            if (CellText.Problem(cell) is var (code, problem))
            {
                issues.Error(code, $"合计行“{label}”{problem}", totalRow.Number, column);
                continue;
            }
            if (stated.State != NumberState.Number)
            {
                issues.Error(ImportCodes.NotANumber, $"合计行“{label}”应为数字，填的是“{stated.Text}”。", totalRow.Number, column);
                continue;
            }
            var sum = Rows.Sum(r => r.Numbers.GetValueOrDefault(field));
            if (Math.Round(stated.Value, 2) != sum)
            {
                var format = field is RegistryField.Buildings or RegistryField.Households ? "#,##0" : "#,##0.00";
                issues.Error(ImportCodes.TotalRowMismatch,
                    $"合计行“{label}”填 {stated.Value.ToString(format, CultureInfo.InvariantCulture)}，但上面 {Rows.Count} 行之和为 " +
                    $"{sum.ToString(format, CultureInfo.InvariantCulture)}（相差 {(stated.Value - sum).ToString(format, CultureInfo.InvariantCulture)}）。",
                    totalRow.Number, column);
            }
        }
    }
}
