using System.IO.Compression;
using System.Security;
using System.Text;
using System.Xml;

namespace DistrictPortal.Documents.Excel;

/// <summary>A sheet for <see cref="StreamedWorkbookWriter"/>: the table's layout (title, columns, notes) and its rows as they come.</summary>
/// <param name="Layout">Scope, subject, columns, labels and notes; its own <see cref="TableExport.Rows"/> are not read.</param>
/// <param name="Rows">One value per column, read once, in order (a database reader can stand behind it).</param>
public sealed record StreamedSheet(TableExport Layout, IEnumerable<IReadOnlyList<object?>> Rows);

/// <summary>
/// The formatted workbook of <see cref="TableWorkbookWriter"/> (title merged across, scope and as-of line, frozen header,
/// 序号, numbers with their formats, a 合计 row, notes, A4 landscape print setup repeating the header) written as a stream:
/// each row goes to the zip as it is read and is then forgotten, so a city's 50,000 estates take a few megabytes of
/// memory, not ClosedXML's in-memory sheet (issue 19: 12 s quiet, 76 s and +779 MB under load).
/// </summary>
/// <remarks>
/// SpreadsheetML is written by hand with an <see cref="XmlWriter"/> into a <see cref="ZipArchive"/> in create mode. Not the
/// Open XML SDK's OpenXmlWriter: its package opens the zip for update, which on .NET keeps every part in memory until
/// the package is saved. What differs from the ClosedXML writer, because a stream cannot look ahead: column widths are
/// given or estimated from the header and the kind (<see cref="ColumnWidths.Estimate"/>), not measured from every cell;
/// strings are inline rather than shared. Cell values go through the same <see cref="CellValues"/> rules, so both
/// writers store the same things (text stays text, a formula-like text gets the quote prefix, totals never overflow).
/// </remarks>
public static class StreamedWorkbookWriter
{
    private const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelNs = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>Writes the workbook and returns the number of data rows of each sheet (合计 not counted).</summary>
    public static IReadOnlyList<int> Write(Stream output, IReadOnlyList<StreamedSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (sheets.Count == 0)
            throw new ArgumentException("A workbook needs at least one sheet.", nameof(sheets));
        var names = UniqueNames(sheets);
        var counts = new List<int>(sheets.Count);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8);
        for (var i = 0; i < sheets.Count; i++)
        {
            using var entry = Open(zip, $"xl/worksheets/sheet{i + 1}.xml");
            counts.Add(StreamedSheetWriter.Write(entry, sheets[i]));
        }
        WritePart(zip, "xl/styles.xml", StreamedStyles.Xml);
        WritePart(zip, "xl/workbook.xml", Workbook(names));
        WritePart(zip, "xl/_rels/workbook.xml.rels", WorkbookRelationships(sheets.Count));
        WritePart(zip, "_rels/.rels",
            $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{PackageRelNs}"><Relationship Id="rId1" Type="{RelNs}/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        WritePart(zip, "[Content_Types].xml", ContentTypes(sheets.Count));
        return counts;
    }

    internal static XmlWriter XmlOver(Stream stream) => XmlWriter.Create(stream, new XmlWriterSettings
    {
        Encoding = new UTF8Encoding(false),
        // Text is cleaned of characters XML cannot carry (StreamedSheetWriter.Clean), so the check never fires on data.
        CheckCharacters = true,
    });

    private static Stream Open(ZipArchive zip, string name) => zip.CreateEntry(name, CompressionLevel.Fastest).Open();

    private static void WritePart(ZipArchive zip, string name, string xml)
    {
        using var stream = Open(zip, name);
        var bytes = new UTF8Encoding(false).GetBytes(xml);
        stream.Write(bytes);
    }

    private static string Workbook(IReadOnlyList<string> names)
    {
        var xml = new StringBuilder($"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{MainNs}" xmlns:r="{RelNs}"><sheets>""");
        for (var i = 0; i < names.Count; i++)
            xml.Append($"""<sheet name="{SecurityElement.Escape(names[i])}" sheetId="{i + 1}" r:id="rId{i + 1}"/>""");
        xml.Append("</sheets><definedNames>");
        // The header row repeats at the top of every printed page, as in the ClosedXML workbooks.
        for (var i = 0; i < names.Count; i++)
        {
            var quoted = "'" + names[i].Replace("'", "''") + "'";
            xml.Append($"""<definedName name="_xlnm.Print_Titles" localSheetId="{i}">{SecurityElement.Escape(quoted)}!${TableWorkbookWriter.HeaderRow}:${TableWorkbookWriter.HeaderRow}</definedName>""");
        }
        xml.Append("</definedNames></workbook>");
        return xml.ToString();
    }

    private static string WorkbookRelationships(int sheets)
    {
        var xml = new StringBuilder($"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{PackageRelNs}">""");
        for (var i = 1; i <= sheets; i++)
            xml.Append($"""<Relationship Id="rId{i}" Type="{RelNs}/worksheet" Target="worksheets/sheet{i}.xml"/>""");
        xml.Append($"""<Relationship Id="rId{sheets + 1}" Type="{RelNs}/styles" Target="styles.xml"/></Relationships>""");
        return xml.ToString();
    }

    private static string ContentTypes(int sheets)
    {
        var xml = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">""");
        xml.Append("""<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>""");
        xml.Append("""<Default Extension="xml" ContentType="application/xml"/>""");
        xml.Append("""<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>""");
        xml.Append("""<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>""");
        for (var i = 1; i <= sheets; i++)
            xml.Append($"""<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>""");
        xml.Append("</Types>");
        return xml.ToString();
    }

    private static List<string> UniqueNames(IReadOnlyList<StreamedSheet> sheets)
    {
        var names = new List<string>();
        foreach (var sheet in sheets)
        {
            var name = sheet.Layout.SheetName;
            var candidate = name;
            for (var n = 2; names.Any(s => string.Equals(s, candidate, StringComparison.OrdinalIgnoreCase)); n++)
            {
                var suffix = $"({n})";
                candidate = name[..Math.Min(name.Length, SheetNames.MaxLength - suffix.Length)] + suffix;
            }
            names.Add(candidate);
        }
        return names;
    }
}
