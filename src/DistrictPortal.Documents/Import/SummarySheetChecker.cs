using DistrictPortal.Core.Estates;
using DistrictPortal.Documents.Import.Xlsx;

namespace DistrictPortal.Documents.Import;

/// <summary>
/// The optional summary sheet in the P5 shape (社区, 合计, 一类, 二类, 三类, and 未分类 if present). Nothing on it
/// is imported: each community's stated 合计 is checked against its own class counts (大河沟社区: 20 stated,
/// 3 + 3 + 4 = 10), and every stated count against the estates counted in the registry sheet. A blank class
/// cell means none, as in the source, once the row states any figure; a blank 合计 is not checked; a row with no
/// figure at all is skipped, and a sheet with none (the template's, left blank) is not checked at all.
/// Disagreements are errors naming the cells, and nothing is "fixed".
/// </summary>
internal sealed class SummarySheetChecker(RegistryImportContext context, List<ImportIssue> all)
{
    private static readonly (string Key, EstateClass Class)[] ClassColumns =
        [("一类", EstateClass.One), ("二类", EstateClass.Two), ("三类", EstateClass.Three), ("未分类", EstateClass.Unclassified)];

    private static readonly string[] TotalHeaders = ["合计", "总数", "小区数", "小区总数"];

    public string? SheetName { get; private set; }

    /// <param name="registryRows">The registry's estate rows, or null when the registry could not be read (no cross-check then).</param>
    public void Check(XlsxWorkbook workbook, XlsxSheet? registrySheet, IReadOnlyList<ParsedEstateRow>? registryRows)
    {
        var (sheet, found) = workbook.Sheets.Where(s => s != registrySheet)
            .Select(s => (Sheet: s, Header: HeaderRow.Find(workbook.Rows(s), IsSummaryHeader)))
            .FirstOrDefault(s => s.Header is not null);
        if (sheet is null)
            return;
        var issues = new SheetIssues(sheet.Name, all);
        var header = found!.Value;
        int ColumnOf(Func<string, bool> match) => header.Cells.First(c => match(Key(c.Text))).Column;
        var communityColumn = ColumnOf(k => k == "社区");
        var totalColumn = ColumnOf(k => TotalHeaders.Contains(k));
        var classColumns = ClassColumns
            .Where(c => header.Cells.Any(h => Key(h.Text) == c.Key))
            .Select(c => (c.Key, c.Class, Column: ColumnOf(k => k == c.Key)))
            .ToList();
        var communities = context.Communities.GroupBy(c => CellText.Key(c.Name)).ToDictionary(g => g.Key, g => g.First());
        var listed = new HashSet<long>();
        var columnSums = new Dictionary<int, decimal>();

        var read = 0;
        foreach (var row in workbook.Rows(sheet).Where(x => x.Number > header.Row))
        {
            var r = row.Number;
            // A district has tens of communities; past the registry's own row cap this is not a summary, and is not read on.
            if (++read > context.MaxRows)
            {
                issues.Error(ImportCodes.TooManyRows, $"汇总表超过 {context.MaxRows} 行，未再读取。", r);
                break;
            }
            var name = CellText.Normalise(CellText.Read(row.Cell(communityColumn)));
            var total = ReadCount(row, totalColumn, issues);
            var counts = classColumns.Select(c => (c.Key, c.Class, c.Column, Count: ReadCount(row, c.Column, issues))).ToList();
            // A row with no figure states nothing (the template lists every community with blank figures).
            if (total is null && counts.All(c => c.Count is null))
                continue;
            SheetName = sheet.Name;
            // The 合计 label may sit in the community column or, as the exports write it, in 序号 before it.
            if (HeaderRow.IsTotal(name) || (communityColumn > 1 && HeaderRow.IsTotal(CellText.Read(row.Cell(1)))))
            {
                CheckColumnSums(r, totalColumn, total, counts.Select(c => (c.Column, c.Count)), columnSums, issues);
                break;
            }
            if (!communities.TryGetValue(CellText.Key(name), out var community))
            {
                issues.Error(ImportCodes.UnknownCommunity, $"社区“{name}”不在{context.SubDistrictName}的社区名单中。", r, communityColumn);
                continue;
            }
            listed.Add(community.Id);
            Accumulate(columnSums, totalColumn, total);
            foreach (var c in counts)
                Accumulate(columnSums, c.Column, c.Count);

            var classified = counts.Sum(c => c.Count ?? 0);
            if (total is { } stated && stated != classified)
            {
                var parts = string.Join(" + ", counts.Select(c => $"{c.Key} {c.Count ?? 0}"));
                var first = SheetIssues.Cell(r, counts.Min(c => c.Column));
                var last = SheetIssues.Cell(r, counts.Max(c => c.Column));
                issues.Error(ImportCodes.SummaryClassesDisagree,
                    $"{community.Name}：合计填 {stated}，但 {parts} = {classified}，相差 {stated - classified}。" +
                    $"请核对 {SheetIssues.Cell(r, totalColumn)} 与 {first}:{last}（分类不明的小区在台账中标为“未分类”，不要改动合计凑数）。",
                    r, totalColumn);
            }
            if (registryRows is not null)
                CrossCheck(community.Name, community.Id, r, totalColumn, total, counts.Select(c => (c.Key, c.Class, c.Column, c.Count)), registryRows, issues);
        }

        if (registryRows is null || SheetName is null)
            return;
        foreach (var missing in registryRows.Where(x => x.CommunityId is { } id && !listed.Contains(id)).Select(x => x.Estate.CommunityName).Distinct())
            issues.Warning(ImportCodes.SummaryCommunityMissing, $"台账中有“{missing}”的小区，但汇总表没有这个社区。");
    }

    private static void CrossCheck(string community, long communityId, int row, int totalColumn, int? total,
        IEnumerable<(string Key, EstateClass Class, int Column, int? Count)> counts, IReadOnlyList<ParsedEstateRow> registryRows, SheetIssues issues)
    {
        var estates = registryRows.Where(x => x.CommunityId == communityId).ToList();
        if (total is { } stated && stated != estates.Count)
        {
            issues.Error(ImportCodes.SummaryCountMismatch,
                $"{community}：合计填 {stated}，但“{RegistryFields.SheetName}”中该社区有 {estates.Count} 个小区。", row, totalColumn);
        }
        foreach (var c in counts)
        {
            var counted = estates.Count(x => x.Class == c.Class);
            if ((c.Count ?? 0) != counted)
            {
                issues.Error(ImportCodes.SummaryCountMismatch,
                    $"{community}：{c.Key}填 {c.Count?.ToString() ?? "空（即 0）"}，但“{RegistryFields.SheetName}”中该社区的{c.Key}小区有 {counted} 个。", row, c.Column);
            }
        }
    }

    private static void CheckColumnSums(int row, int totalColumn, int? total, IEnumerable<(int Column, int? Count)> counts,
        Dictionary<int, decimal> sums, SheetIssues issues)
    {
        foreach (var (column, stated) in counts.Prepend((totalColumn, total)))
        {
            var sum = sums.GetValueOrDefault(column);
            if (stated is { } s && s != sum)
                issues.Error(ImportCodes.TotalRowMismatch, $"合计行填 {s}，但上面各社区之和为 {sum}（相差 {s - sum}）。", row, column);
        }
    }

    private static void Accumulate(Dictionary<int, decimal> sums, int column, int? value) =>
        sums[column] = sums.GetValueOrDefault(column) + (value ?? 0);

    private static int? ReadCount(XlsxRow row, int column, SheetIssues issues)
    {
        var stored = row.Cell(column);
        var cell = CellText.ReadNumber(stored);
        if (cell.State == NumberState.Blank)
            return null;
        if (CellText.Problem(stored) is var (code, problem))
        {
            issues.Error(code, $"小区个数{problem}", row.Number, column);
            return null;
        }
        if (cell.State != NumberState.Number || cell.Value < 0 || cell.Value != Math.Truncate(cell.Value) || cell.Value > int.MaxValue)
        {
            issues.Error(ImportCodes.NotANumber, $"应填小区个数（非负整数），填的是“{cell.Text}”。", row.Number, column);
            return null;
        }
        if (cell.FullWidth)
            issues.Warning(ImportCodes.FullWidthDigits, $"填的是全角数字“{cell.Text}”，已按 {(int)cell.Value} 读取。", row.Number, column);
        return (int)cell.Value;
    }

    private static bool IsSummaryHeader(IReadOnlyList<string> cells)
    {
        var keys = cells.Select(Key).ToHashSet();
        return keys.Contains("社区") && TotalHeaders.Any(keys.Contains) && keys.Contains("一类") && keys.Contains("二类") && keys.Contains("三类")
            && !keys.Contains("小区名称");
    }

    // "一类小区" and "社区名称" are the same columns as "一类" and "社区".
    private static string Key(string header)
    {
        var key = RegistryFields.Key(header);
        if (key == "社区名称")
            return "社区";
        return key.Length > 2 && key.EndsWith("小区", StringComparison.Ordinal) ? key[..^2] : key;
    }
}
