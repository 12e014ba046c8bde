using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace DistrictPortal.Documents.Import.Xlsx;

/// <summary>
/// The first sheet of any other uploaded workbook (the holiday calendar), read by the registry importer's streaming
/// reader: cached values only, never a formula evaluated, every size cap applied while reading. A cell comes back as
/// a <see cref="DateTime"/> (date-formatted), a <see cref="double"/>, a <see cref="bool"/> or its text (for an error value
/// or a formula stored without a result, the text, which the caller then refuses as it refuses any unreadable text).
/// </summary>
public static class UploadedSheet
{
    /// <summary>
    /// Rows that hold something in the first <paramref name="columns"/> columns, 1-based as the sheet numbers them, with <paramref name="columns"/> cells each; stops after
    /// <paramref name="maxRows"/> such rows. Throws <see cref="InvalidDataException"/> for a file that is not a readable
    /// workbook or passes a cap.
    /// </summary>
    public static IReadOnlyList<(int Row, object?[] Cells)> ReadFirstSheet(byte[] upload, int columns, int maxRows)
    {
        try
        {
            using var workbook = XlsxWorkbook.Open(upload);
            if (workbook.Sheets.Count == 0)
                return [];
            // Cells right of the columns asked for are not the caller's: a row of only those is not one of its rows.
            return workbook.Rows(workbook.Sheets[0]).Where(row => row.Cells[0].Column <= columns).Take(maxRows)
                .Select(row => (row.Number, Enumerable.Range(1, columns).Select(c => Value(row.Cell(c))).ToArray()))
                .ToList();
        }
        catch (Exception e) when (e is XlsxLimitException or XlsxFormatException or XmlException or IOException
                                      or OpenXmlPackageException or FormatException or ArgumentException)
        {
            throw new InvalidDataException(e.Message, e);
        }
    }

    private static object? Value(XlsxCell cell) => cell.Kind switch
    {
        CellKind.Blank => null,
        CellKind.Date => cell.Date,
        CellKind.Number => cell.Number,
        CellKind.Boolean => cell.Number != 0,
        _ => cell.Text,
    };
}
