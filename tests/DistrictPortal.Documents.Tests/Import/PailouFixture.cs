using ClosedXML.Excel;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Documents.Import;

namespace DistrictPortal.Documents.Tests.Import;

/// <summary>牌楼街道 and its nine communities (P5), and helpers that build upload workbooks in code.</summary>
internal static class Pailou
{
    public const string SubDistrict = "牌楼街道";
    public const int CurrentYear = 2026;

    /// <summary>The P5 table: community, stated total, class 1, 2, 3 (null = blank in the source).</summary>
    public static readonly (string Name, int Total, int? One, int? Two, int? Three)[] P5 =
    [
        ("印盒石社区", 17, 1, 12, 4),
        ("观音岩社区", 19, 4, 5, 10),
        ("万安社区", 31, 2, 8, 21),
        ("石峰村", 1, null, null, 1),
        ("太平社区", 30, 5, 9, 16),
        ("大河沟社区", 20, 3, 3, 4),
        ("搭马桥社区", 29, null, 8, 21),
        ("袁家墩社区", 21, 4, 6, 11),
        ("牌楼社区", 8, 2, 4, 2),
    ];

    public static readonly IReadOnlyList<Node> Communities =
        P5.Select((c, i) => new Node { Id = 101 + i, ParentId = 3, Level = NodeLevel.Community, Name = c.Name, Path = $"/1/2/3/{101 + i}/" }).ToList();

    public static long CommunityId(string name) => Communities.Single(c => c.Name == name).Id;

    public static RegistryImportContext Context(params Estate[] existing) => new()
    {
        SubDistrictName = SubDistrict,
        Communities = Communities,
        ExistingEstates = existing,
        CurrentYear = CurrentYear,
    };

    public static Estate Existing(long id, string community, string name, int households = 120, EstateClass estateClass = EstateClass.Two) => new()
    {
        Id = id,
        CommunityId = CommunityId(community),
        CommunityName = community,
        Name = name,
        Address = "牌楼路1号",
        YearBuilt = 1995,
        IsCompleteSet = true,
        Buildings = 4,
        Households = households,
        FloorArea = 8000m,
        ManagementRoomArea = 40m,
        Class = estateClass,
        Status = ManagementStatus.Unmanaged,
        Version = 7,
    };

    public static readonly string[] Headers =
        RegistryFields.Template.Select(t => t.Header).ToArray();

    /// <summary>A registry row in template order: 社区, 小区名称, 地址, 建成年份, 成套, 楼栋数, 户数, 面积, 物管用房, 分类, 状态, 试点, 标杆.</summary>
    public static object?[] Row(string community, string name, object? households = null, object? floorArea = null, string estateClass = "二类",
        object? year = null, object? buildings = null, string status = "无物业", string completeSet = "是", object? room = null, string? address = "牌楼路1号") =>
        [community, name, address, year ?? 1995, completeSet, buildings ?? 4, households ?? 120, floorArea ?? 8000, room ?? 40, estateClass, status, "否", "否"];

    /// <summary>A workbook with the registry sheet: two title rows, the header in row 3 (as the template), the rows from row 4.</summary>
    public static XLWorkbook Registry(IEnumerable<object?[]> rows, string[]? headers = null, int headerRow = 3, string sheetName = "小区台账")
    {
        var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet(sheetName);
        if (headerRow > 1)
            sheet.Cell(1, 1).SetValue($"{SubDistrict} 小区台账（调研摸底表）");
        headers ??= Headers;
        for (var c = 0; c < headers.Length; c++)
            sheet.Cell(headerRow, c + 1).SetValue(headers[c]);
        var r = headerRow;
        foreach (var row in rows)
        {
            r++;
            for (var c = 0; c < row.Length; c++)
                Set(sheet.Cell(r, c + 1), row[c]);
        }
        return workbook;
    }

    public static void Set(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null: break;
            case string s: cell.SetValue(s); break; // as text, exactly as typed (full-width digits stay text)
            case int i: cell.SetValue(i); break;
            case double d: cell.SetValue(d); break;
            case decimal m: cell.SetValue(m); break;
            default: throw new ArgumentException(value.GetType().Name);
        }
    }

    /// <summary>A summary sheet in the P5 shape: 社区, 合计, 一类, 二类, 三类 (header in row 2 under a title).</summary>
    public static IXLWorksheet AddSummary(XLWorkbook workbook, IEnumerable<(string Name, int Total, int? One, int? Two, int? Three)> rows, string name = "分类汇总")
    {
        var sheet = workbook.AddWorksheet(name);
        sheet.Cell(1, 1).SetValue("牌楼街道小区分类情况");
        string[] header = ["社区", "合计", "一类", "二类", "三类"];
        for (var c = 0; c < header.Length; c++)
            sheet.Cell(2, c + 1).SetValue(header[c]);
        var r = 2;
        foreach (var (community, total, one, two, three) in rows)
        {
            r++;
            sheet.Cell(r, 1).SetValue(community);
            sheet.Cell(r, 2).SetValue(total);
            if (one is { } a) sheet.Cell(r, 3).SetValue(a);
            if (two is { } b) sheet.Cell(r, 4).SetValue(b);
            if (three is { } t) sheet.Cell(r, 5).SetValue(t);
        }
        return sheet;
    }

    /// <param name="storeFormulaResults">
    /// Store each formula's result beside it, as Excel and WPS do on every save; ClosedXML by default writes formulas alone.
    /// </param>
    public static byte[] Bytes(XLWorkbook workbook, bool storeFormulaResults = false)
    {
        using (workbook)
        {
            using var stream = new MemoryStream();
            workbook.SaveAs(stream, new SaveOptions { EvaluateFormulasBeforeSaving = storeFormulaResults });
            return stream.ToArray();
        }
    }

    public static RegistryImportPreview Import(XLWorkbook workbook, RegistryImportContext? context = null) =>
        RegistryImporter.Preview(new MemoryStream(Bytes(workbook)), context ?? Context());

    public static string Describe(RegistryImportPreview preview) => string.Join("\n", preview.Issues.Select(i => $"{i.Severity} {i.Code} {i}"));
}
