namespace DistrictPortal.Documents.Excel;

/// <summary>
/// A table described once, for <see cref="TableWorkbookWriter"/>: "牌楼街道 小区台账" as of a date, its columns and
/// rows. Title, sheet name and file name all derive from scope, subject and date unless set.
/// Each row holds one value per column (序号 is added by the writer, not given here).
/// </summary>
public sealed record TableExport
{
    public TableExport(string scope, string subject, DateOnly asOf, IReadOnlyList<TableColumn> columns, IReadOnlyList<IReadOnlyList<object?>> rows)
    {
        if (columns.Count == 0)
            throw new ArgumentException("A table needs at least one column.", nameof(columns));
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Count != columns.Count)
                throw new ArgumentException($"Row {i + 1} has {rows[i].Count} values for {columns.Count} columns.", nameof(rows));
        }
        Scope = scope;
        Subject = subject;
        AsOf = asOf;
        Columns = columns;
        Rows = rows;
    }

    /// <summary>The node the table covers: "牌楼街道".</summary>
    public string Scope { get; }
    /// <summary>What the table is: "小区台账".</summary>
    public string Subject { get; }
    public DateOnly AsOf { get; }
    public IReadOnlyList<TableColumn> Columns { get; }
    public IReadOnlyList<IReadOnlyList<object?>> Rows { get; }

    public string? TitleOverride { get; init; }
    public string? SheetNameOverride { get; init; }
    /// <summary>Add the 序号 column first (the writer numbers rows 1..n).</summary>
    public bool Numbered { get; init; } = true;
    /// <summary>Lines printed under the table: sources, caveats ("注：…").</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public string Title => TitleOverride ?? $"{Scope} {Subject}";
    public string SheetName => SheetNames.Sanitise(SheetNameOverride ?? Subject);
    /// <summary>
    /// Which reading the table's figures are, in the caller's words ("截至 2026-11-27 周报（审核通过时冻结）", "实时（2026-12-04）");
    /// printed on the scope line. A table that mixes both labels its columns instead (README, "As-of labels").
    /// </summary>
    public string? AsOfLabel { get; init; }
    /// <summary>The line under the title.</summary>
    public string ScopeLine => $"范围：{Scope}　　日期：{AsOf:yyyy-MM-dd}" + (AsOfLabel is { Length: > 0 } label ? $"　　数据：{label}" : "");
    public string FileName => ExportFileName.For(Scope, Subject, AsOf);
    public bool HasTotals => Columns.Any(c => c.Sums || c.TotalValue is not null);
}
