namespace DistrictPortal.Documents.Excel;

/// <summary>
/// One column of an exported table. The header carries the unit ("建筑总面积（m²）", "金额（元）", "清零率（%）"),
/// because a number without its unit is how paperwork goes wrong.
/// </summary>
public sealed record TableColumn
{
    public TableColumn(string header, ColumnKind kind = ColumnKind.Text, bool sums = false)
    {
        if (string.IsNullOrWhiteSpace(header))
            throw new ArgumentException("A column needs a header.", nameof(header));
        if (sums && !NumberFormats.CanSum(kind))
            throw new ArgumentException($"Column '{header}' of kind {kind} cannot be summed.", nameof(sums));
        if (kind == ColumnKind.PercentPoints && !header.Contains('%') && !header.Contains('％'))
            throw new ArgumentException($"Column '{header}' holds percentage points: its header must say %.", nameof(header));
        Header = header;
        Kind = kind;
        Sums = sums;
    }

    public string Header { get; }
    public ColumnKind Kind { get; }
    /// <summary>The 合计 row carries the sum of this column.</summary>
    public bool Sums { get; }
    /// <summary>A value for the 合计 row that is not a sum (a rate over the totals, say); written as given.</summary>
    public object? TotalValue { get; init; }
    /// <summary>A fixed width in Excel character units; otherwise measured from the content.</summary>
    public double? Width { get; init; }

    public static TableColumn Text(string header) => new(header);
    public static TableColumn Integer(string header, bool sums = false) => new(header, ColumnKind.Integer, sums);
    public static TableColumn Decimal(string header, bool sums = false) => new(header, ColumnKind.Decimal, sums);
    public static TableColumn Money(string header, bool sums = false) => new(header, ColumnKind.Money, sums);
    public static TableColumn Date(string header) => new(header, ColumnKind.Date);
}
