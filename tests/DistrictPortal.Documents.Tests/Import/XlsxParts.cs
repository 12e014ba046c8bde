using System.IO.Compression;
using System.Security;
using System.Text;

namespace DistrictPortal.Documents.Tests.Import;

/// <summary>
/// Builds .xlsx files part by part, straight into a zip, for the uploads no spreadsheet program writes on purpose: a
/// formula chain, a typed-but-empty cell, a malformed value, 100,000 rows, a sheet that expands to tens of megabytes.
/// Linked into the web tests too. Cells are written as XML fragments (<see cref="Text"/>, <see cref="Number"/>, or raw).
/// </summary>
internal static class XlsxParts
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>The template's header (社区 A … 标杆 M) in row 3 under a title, as the downloaded template has it.</summary>
    public static readonly string[] Header =
        ["社区", "小区名称", "地址", "建成年份", "成套住房(是/否)", "楼栋数", "户数", "建筑总面积（m²）", "物管用房面积（m²）",
         "分类(一类/二类/三类/未分类)", "管理状态(专业物业/单位自管/无物业/保障房)", "试点(是/否)", "标杆(是/否)"];

    /// <summary>
    /// A workbook with one sheet, 小区台账, whose &lt;sheetData&gt; content <paramref name="rows"/> writes; optional
    /// styles and shared-string parts (their whole XML). The sheet is streamed into the zip, never held.
    /// </summary>
    public static byte[] Workbook(Action<TextWriter> rows, string? styles = null, string? sharedStrings = null, string sheetName = "小区台账")
    {
        var stylesType = styles is null ? "" : "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>";
        var stringsType = sharedStrings is null ? "" : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>";
        var stylesLink = styles is null ? "" : $"<Relationship Id=\"rId2\" Type=\"{Relationships}/styles\" Target=\"styles.xml\"/>";
        var stringsLink = sharedStrings is null ? "" : $"<Relationship Id=\"rId3\" Type=\"{Relationships}/sharedStrings\" Target=\"sharedStrings.xml\"/>";
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", $"""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                {stylesType}
                {stringsType}
                </Types>
                """);
            Write(zip, "_rels/.rels", $"""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="{Relationships}/officeDocument" Target="xl/workbook.xml"/>
                </Relationships>
                """);
            Write(zip, "xl/workbook.xml", $"""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="{Main}" xmlns:r="{Relationships}"><sheets><sheet name="{SecurityElement.Escape(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>
                """);
            Write(zip, "xl/_rels/workbook.xml.rels", $"""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="{Relationships}/worksheet" Target="worksheets/sheet1.xml"/>
                {stylesLink}
                {stringsLink}
                </Relationships>
                """);
            if (styles is not null)
                Write(zip, "xl/styles.xml", styles);
            if (sharedStrings is not null)
                Write(zip, "xl/sharedStrings.xml", sharedStrings);
            using var sheet = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false), 1 << 16);
            sheet.Write($"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{Main}"><sheetData>""");
            rows(sheet);
            sheet.Write("</sheetData></worksheet>");
        }
        return stream.ToArray();
    }

    /// <summary>households = Z5+1, and Z5 = Z6+1 … down a chain of <paramref name="length"/> cells in a column not imported.</summary>
    public static byte[] FormulaChain(int length, string? cachedHouseholds = null) => Workbook(sheet =>
    {
        WriteHeader(sheet);
        var households = cachedHouseholds is null ? "<c r=\"G4\"><f>Z5+1</f></c>" : $"<c r=\"G4\"><f>Z5+1</f><v>{cachedHouseholds}</v></c>";
        WriteEstate(sheet, 4, "太平里", new Dictionary<string, string?> { ["G"] = households });
        for (var r = 5; r < 5 + length; r++)
            Row(sheet, r, $"<c r=\"Z{r}\"><f>Z{r + 1}+1</f></c>");
        Row(sheet, 5 + length, Number($"Z{5 + length}", 1));
    }, styles: Styles());

    /// <summary>
    /// <paramref name="rows"/> sound estate rows from row 4, strings shared as Excel stores them (issue 14's file: 4.6 MB).
    /// </summary>
    public static byte[] ManyRows(int rows, string community = "太平社区")
    {
        string[] constants = [community, "牌楼路", "是", "二类", "无物业", "否"];
        var strings = new StringBuilder($"""<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{rows + 6}" uniqueCount="{rows + 6}">""");
        foreach (var text in constants)
            strings.Append($"<si><t>{text}</t></si>");
        for (var i = 0; i < rows; i++)
            strings.Append($"<si><t>{i:D6}号小区</t></si>");
        strings.Append("</sst>");
        return Workbook(sheet =>
        {
            WriteHeader(sheet);
            for (var i = 0; i < rows; i++)
            {
                var r = i + 4;
                sheet.Write($"<row r=\"{r}\"><c r=\"A{r}\" t=\"s\"><v>0</v></c><c r=\"B{r}\" t=\"s\"><v>{i + 6}</v></c><c r=\"C{r}\" t=\"s\"><v>1</v></c>"
                    + $"<c r=\"D{r}\"><v>{1980 + i % 40}</v></c><c r=\"E{r}\" t=\"s\"><v>2</v></c><c r=\"F{r}\"><v>{1 + i % 9}</v></c>"
                    + $"<c r=\"G{r}\"><v>{20 + i % 500}</v></c><c r=\"H{r}\"><v>{3000 + i % 7000}.5</v></c><c r=\"I{r}\"><v>{10 + i % 20}</v></c>"
                    + $"<c r=\"J{r}\" t=\"s\"><v>3</v></c><c r=\"K{r}\" t=\"s\"><v>4</v></c><c r=\"L{r}\" t=\"s\"><v>5</v></c><c r=\"M{r}\" t=\"s\"><v>5</v></c></row>");
            }
        }, styles: Styles(), sharedStrings: strings.ToString());
    }

    /// <summary>
    /// A styles part with <paramref name="formats"/> cell formats: format 0 General, format 1 a date (built-in 14),
    /// the rest General, so that s="16" exists as it does in the files openpyxl and WPS write.
    /// </summary>
    public static string Styles(int formats = 17) =>
        $"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="{Main}"><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders>
        <cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>
        <cellXfs count="{formats}"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/>{string.Concat(Enumerable.Repeat("<xf numFmtId=\"0\"/>", formats - 2))}</cellXfs>
        </styleSheet>
        """;

    /// <summary>The title in A1 and the header in row 3.</summary>
    public static void WriteHeader(TextWriter sheet)
    {
        Row(sheet, 1, Text("A1", "牌楼街道 小区台账（调研摸底表）"));
        Row(sheet, 3, [.. Header.Select((h, i) => Text($"{Column(i + 1)}3", h))]);
    }

    /// <summary>
    /// A sound estate row of 牌楼街道 (太平社区), with <paramref name="replace"/> giving other cell XML by column letter
    /// (null leaves the cell out).
    /// </summary>
    public static void WriteEstate(TextWriter sheet, int row, string name, IReadOnlyDictionary<string, string?>? replace = null)
    {
        var cells = new (string Column, string Xml)[]
        {
            ("A", Text($"A{row}", "太平社区")), ("B", Text($"B{row}", name)), ("C", Text($"C{row}", "太平路1号")),
            ("D", Number($"D{row}", 1995)), ("E", Text($"E{row}", "是")), ("F", Number($"F{row}", 4)),
            ("G", Number($"G{row}", 120)), ("H", Number($"H{row}", 8000)), ("I", Number($"I{row}", 40)),
            ("J", Text($"J{row}", "二类")), ("K", Text($"K{row}", "无物业")), ("L", Text($"L{row}", "否")), ("M", Text($"M{row}", "否")),
        };
        Row(sheet, row, [.. cells.Select(c => replace is not null && replace.TryGetValue(c.Column, out var other) ? other ?? "" : c.Xml)]);
    }

    public static void Row(TextWriter sheet, int row, params string[] cells)
    {
        sheet.Write($"<row r=\"{row}\">");
        foreach (var cell in cells)
            sheet.Write(cell);
        sheet.Write("</row>");
    }

    public static string Text(string reference, string text) =>
        $"<c r=\"{reference}\" t=\"inlineStr\"><is><t>{SecurityElement.Escape(text)}</t></is></c>";

    public static string Number(string reference, double value) =>
        $"<c r=\"{reference}\"><v>{value.ToString(System.Globalization.CultureInfo.InvariantCulture)}</v></c>";

    public static string Column(int number)
    {
        var letters = "";
        for (; number > 0; number = (number - 1) / 26)
            letters = (char)('A' + (number - 1) % 26) + letters;
        return letters;
    }

    /// <summary>
    /// Rewrites the uncompressed size a zip declares for <paramref name="entry"/> (in its central directory record and
    /// its local header), as a zip bomb does to slip past a check of declared sizes.
    /// </summary>
    public static void DeclareSize(byte[] zip, string entry, uint size)
    {
        var name = Encoding.UTF8.GetBytes(entry);
        for (var i = zip.Length - 46; i >= 0; i--)
        {
            if (BitConverter.ToUInt32(zip, i) != 0x02014b50 || BitConverter.ToUInt16(zip, i + 28) != name.Length
                || !zip.AsSpan(i + 46, name.Length).SequenceEqual(name))
                continue;
            BitConverter.GetBytes(size).CopyTo(zip, i + 24);
            var local = (int)BitConverter.ToUInt32(zip, i + 42);
            BitConverter.GetBytes(size).CopyTo(zip, local + 22);
            return;
        }
        throw new ArgumentException($"No entry {entry}.");
    }

    private static void Write(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }
}
