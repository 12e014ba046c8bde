using ClosedXML.Excel;

namespace DistrictPortal.Documents.Import;

/// <summary>Collects issues of one sheet, addressing each by row and column letter.</summary>
internal sealed class SheetIssues(string sheet, List<ImportIssue> all)
{
    public string Sheet => sheet;

    public void Error(string code, string message, int? row = null, int? column = null) =>
        Add(ImportSeverity.Error, code, message, row, column);

    public void Warning(string code, string message, int? row = null, int? column = null) =>
        Add(ImportSeverity.Warning, code, message, row, column);

    private void Add(ImportSeverity severity, string code, string message, int? row, int? column) =>
        all.Add(new ImportIssue(severity, code, message, sheet, row, column is { } c ? XLHelper.GetColumnLetterFromNumber(c) : null));

    public static string Cell(int row, int column) => $"{XLHelper.GetColumnLetterFromNumber(column)}{row}";
}
