using System.Globalization;
using System.Text;
using DistrictPortal.Documents.Import.Xlsx;

namespace DistrictPortal.Web.Features.Campaigns;

/// <summary>One good row of a holiday sheet: its row number in the sheet, the day and its kind.</summary>
public sealed record SheetRow(int Row, DateOnly Date, bool IsMakeUpWorkingDay, string Name);

/// <summary>
/// A refused row, naming the sheet's row and cell ("B3") and the column, so the admin can find it in the file.
/// Codes: BadDate, MissingDate, UnknownType, MissingType, DuplicateDate (Extra = the earlier row), OutsideYear
/// (Extra = the year), MakeUpOnWeekday.
/// </summary>
public sealed record SheetError(int Row, string Cell, SheetColumn Column, string Code, string Value, string? Extra = null);

public enum SheetColumn { Date = 0, Type = 1, Name = 2 }

/// <summary>The whole reading: good rows, row errors, or a file error (Unsupported, NotUtf8, Unreadable, Empty, TooManyRows) that stops it.</summary>
public sealed record SheetResult(IReadOnlyList<SheetRow> Rows, IReadOnlyList<SheetError> Errors, string? FileError = null)
{
    public bool IsValid => FileError is null && Errors.Count == 0 && Rows.Count > 0;

    public static SheetResult Failed(string code) => new([], [], code);
}

/// <summary>
/// Reads the State Council's holiday notice as the admin types it into a sheet: columns 日期, 类型 (放假 / 调休上班), 名称,
/// an optional header row naming them (in any order). .csv must be UTF-8; .xlsx is read as a stream of cached values (date cells,
/// text dates and Excel serial numbers all accepted). Nothing is corrected silently: every doubtful cell is an error.
/// </summary>
public static class HolidaySheet
{
    public const int MaxRows = 400;

    private static readonly string[] DateFormats =
        ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyyMMdd"];

    private static readonly Dictionary<string, bool> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        ["放假"] = false, ["休假"] = false, ["节假日"] = false, ["holiday"] = false,
        ["调休上班"] = true, ["补班"] = true, ["上班"] = true, ["make-up working day"] = true, ["working day"] = true, ["workday"] = true,
    };

    public static SheetResult Read(Stream content, string fileName, int year)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        try
        {
            return extension switch
            {
                ".csv" => ReadCsv(content, year),
                ".xlsx" => ReadXlsx(content, year),
                _ => SheetResult.Failed("Unsupported"),
            };
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or IOException or ArgumentException
                                      or InvalidOperationException or System.Xml.XmlException)
        {
            return SheetResult.Failed("Unreadable");
        }
    }

    public static SheetResult ReadCsv(Stream content, int year)
    {
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer.ToArray());
        }
        catch (DecoderFallbackException)
        {
            return SheetResult.Failed("NotUtf8");
        }
        return Parse(Csv(text.TrimStart('\uFEFF')), year);
    }

    // Read by the registry importer's streaming reader: a formula is never evaluated (ClosedXML's engine recursed to a
    // stack overflow on a crafted chain), and the size caps apply while reading.
    private static SheetResult ReadXlsx(Stream content, int year)
    {
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        var rows = UploadedSheet.ReadFirstSheet(buffer.ToArray(), columns: 3, maxRows: MaxRows + 2);
        return rows.Count > MaxRows + 1 ? SheetResult.Failed("TooManyRows") : Parse(rows.Select(r => (r.Row, Cells(r.Cells))).ToList(), year);
    }

    // A date typed into a General cell is kept by Excel as its serial number (46023 = 2026-01-01).
    private static object?[] Cells(object?[] cells) =>
        cells.Select(c => c is double n && n is >= 20000 and <= 80000 && n == Math.Floor(n) ? DateTime.FromOADate(n) : c).ToArray();

    /// <summary>Cells by row (1-based, as the sheet numbers them); the header, when present, names the columns.</summary>
    public static SheetResult Parse(IReadOnlyList<(int Row, object?[] Cells)> sheet, int year)
    {
        var rows = sheet.Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(Text(c)))).ToList();
        if (rows.Count == 0)
            return SheetResult.Failed("Empty");
        if (rows.Count > MaxRows + 1)
            return SheetResult.Failed("TooManyRows");

        int[] columns = [0, 1, 2];
        if (HeaderColumns(rows[0].Cells) is { } header)
        {
            columns = header;
            rows.RemoveAt(0);
        }

        var good = new List<SheetRow>();
        var errors = new List<SheetError>();
        var seen = new Dictionary<DateOnly, int>();
        foreach (var (number, cells) in rows)
        {
            object? Cell(SheetColumn c) => columns[(int)c] < cells.Length ? cells[columns[(int)c]] : null;
            SheetError Error(SheetColumn c, string code, string? extra = null) =>
                new(number, CellName(columns[(int)c], number), c, code, Text(Cell(c)), extra);

            var before = errors.Count;
            var date = DateOf(Cell(SheetColumn.Date));
            if (string.IsNullOrWhiteSpace(Text(Cell(SheetColumn.Date))))
                errors.Add(Error(SheetColumn.Date, "MissingDate"));
            else if (date is null)
                errors.Add(Error(SheetColumn.Date, "BadDate"));
            else if (date.Value.Year != year)
                errors.Add(Error(SheetColumn.Date, "OutsideYear", year.ToString(CultureInfo.InvariantCulture)));
            else if (seen.TryGetValue(date.Value, out var earlier))
                errors.Add(Error(SheetColumn.Date, "DuplicateDate", earlier.ToString(CultureInfo.InvariantCulture)));

            var typeText = Text(Cell(SheetColumn.Type)).Trim();
            bool? makeUp = Types.TryGetValue(typeText, out var t) ? t : null;
            if (typeText.Length == 0)
                errors.Add(Error(SheetColumn.Type, "MissingType"));
            else if (makeUp is null)
                errors.Add(Error(SheetColumn.Type, "UnknownType"));
            else if (makeUp == true && date is { } d && d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                errors.Add(Error(SheetColumn.Type, "MakeUpOnWeekday"));

            if (date is { } day)
                seen.TryAdd(day, number);
            if (errors.Count == before)
                good.Add(new SheetRow(number, date!.Value, makeUp!.Value, Text(Cell(SheetColumn.Name)).Trim()));
        }
        return new SheetResult(good, errors);
    }

    /// <summary>The rows as a UTF-8 CSV in the sheet's own format: carried through the preview and read again on confirmation.</summary>
    public static string ToCsv(IEnumerable<SheetRow> rows)
    {
        var text = new StringBuilder("日期,类型,名称\n");
        foreach (var row in rows)
            text.Append(CultureInfo.InvariantCulture, $"{row.Date:yyyy-MM-dd},{(row.IsMakeUpWorkingDay ? "调休上班" : "放假")},{Quote(row.Name)}\n");
        return text.ToString();
    }

    public static string CellName(int column, int row) => $"{(char)('A' + column)}{row.ToString(CultureInfo.InvariantCulture)}";

    private static int[]? HeaderColumns(object?[] cells)
    {
        var names = cells.Select(c => Text(c).Trim().ToLowerInvariant()).ToList();
        int Find(params string[] options) => names.FindIndex(n => options.Any(o => n.StartsWith(o, StringComparison.Ordinal)));
        var date = Find("日期", "date");
        if (date < 0)
            return null;
        var type = Find("类型", "type");
        var name = Find("名称", "name");
        return [date, type < 0 ? 1 : type, name < 0 ? 2 : name];
    }

    private static DateOnly? DateOf(object? cell) => cell switch
    {
        DateTime d when d.TimeOfDay == TimeSpan.Zero => DateOnly.FromDateTime(d),
        string s when DateOnly.TryParseExact(s.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d,
        _ => null,
    };

    private static string Text(object? cell) => cell switch
    {
        null => "",
        DateTime d => d.ToString(d.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        _ => Convert.ToString(cell, CultureInfo.InvariantCulture) ?? "",
    };

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>RFC 4180: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    private static List<(int, object?[])> Csv(string text)
    {
        var rows = new List<(int, object?[])>();
        var fields = new List<object?>();
        var field = new StringBuilder();
        var (row, quoted) = (1, false);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                fields.Add(field.ToString());
                field.Clear();
                rows.Add((row++, fields.ToArray()));
                fields.Clear();
                if (rows.Count > MaxRows + 2) return rows;
            }
            else field.Append(c);
        }
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            rows.Add((row, fields.ToArray()));
        }
        return rows;
    }
}
