namespace DistrictPortal.Documents.Import;

public enum ImportSeverity
{
    /// <summary>Read as intended, but the uploader should know (full-width digits, an ignored column).</summary>
    Warning = 1,
    /// <summary>The preview cannot be committed until this is fixed.</summary>
    Error = 2,
}

/// <summary>
/// One problem found in an upload, pinned to its sheet, row and cell ("小区台账!F12") where it has one.
/// <see cref="Code"/> is stable for code and tests; <see cref="Message"/> is the Chinese text shown to the uploader.
/// </summary>
public sealed record ImportIssue(ImportSeverity Severity, string Code, string Message, string? Sheet = null, int? Row = null, string? Column = null)
{
    /// <summary>"小区台账!F12", "小区台账!12" for a whole row, the sheet alone, or "" for the file.</summary>
    public string Location => (Sheet, Row, Column) switch
    {
        (null, _, _) => "",
        (_, null, _) => Sheet,
        (_, _, null) => $"{Sheet}!{Row}",
        _ => $"{Sheet}!{Column}{Row}",
    };

    /// <summary>The cell address alone ("F12"), or null.</summary>
    public string? Cell => Row is { } r && Column is { } c ? $"{c}{r}" : null;

    public bool IsError => Severity == ImportSeverity.Error;

    public override string ToString() => Location.Length == 0 ? Message : $"{Location}：{Message}";
}

/// <summary>The codes an import reports. Stable: the web layer and tests key on them.</summary>
public static class ImportCodes
{
    // The file as a whole: each of these is reported alone and nothing else is read.
    public const string Empty = "Empty";
    public const string TooLarge = "TooLarge";
    public const string NotASpreadsheet = "NotASpreadsheet";
    public const string LegacyXls = "LegacyXls";
    public const string Encrypted = "Encrypted";
    public const string Unreadable = "Unreadable";

    // Sheets and headers.
    public const string SheetMissing = "SheetMissing";
    public const string ColumnMissing = "ColumnMissing";
    public const string ColumnDuplicated = "ColumnDuplicated";
    public const string ColumnIgnored = "ColumnIgnored";
    public const string NoRows = "NoRows";
    public const string TooManyRows = "TooManyRows";

    // Cells of the registry sheet.
    public const string Required = "Required";
    public const string NotANumber = "NotANumber";
    public const string NotWholeNumber = "NotWholeNumber";
    public const string Negative = "Negative";
    public const string MustBePositive = "MustBePositive";
    public const string YearOutOfRange = "YearOutOfRange";
    public const string TooLong = "TooLong";
    public const string RoomLargerThanEstate = "RoomLargerThanEstate";
    public const string InvalidClass = "InvalidClass";
    public const string InvalidStatus = "InvalidStatus";
    public const string InvalidYesNo = "InvalidYesNo";
    public const string UnknownCommunity = "UnknownCommunity";
    public const string DuplicateEstate = "DuplicateEstate";
    public const string EstateRetired = "EstateRetired";
    public const string UnmanagedHasMode = "UnmanagedHasMode";
    public const string FullWidthDigits = "FullWidthDigits";
    public const string FormulaError = "FormulaError";
    public const string MalformedCell = "MalformedCell";
    public const string SubtotalSkipped = "SubtotalSkipped";
    public const string FooterIgnored = "FooterIgnored";

    // Stated totals.
    public const string TotalRowMismatch = "TotalRowMismatch";
    public const string SummaryClassesDisagree = "SummaryClassesDisagree";
    public const string SummaryCountMismatch = "SummaryCountMismatch";
    public const string SummaryCommunityMissing = "SummaryCommunityMissing";
}
