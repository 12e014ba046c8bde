using ClosedXML.Excel;
using DistrictPortal.Core.Estates;
using DistrictPortal.Documents.Excel;

namespace DistrictPortal.Documents.Tests.Excel;

/// <summary>Whatever an officer types into a name or an address comes back out of an export exactly, as text.</summary>
public class FormulaInjectionTests
{
    public static readonly TheoryData<string> Hostile =
    [
        "=1+2",
        "=HYPERLINK(\"http://evil.example\",\"点击\")",
        "+86 138 0000 0000",
        "-5",
        "@SUM(A1:A9)",
        "=cmd|' /C calc'!A0",
        "<script>alert(1)</script>",
        "'; DROP TABLE Estate; --",
        "00123",
        "1/2",
        "TRUE",
    ];

    [Theory]
    [MemberData(nameof(Hostile))]
    public void ClosedXML_export_stores_text_as_text(string text)
    {
        var table = new TableExport("牌楼街道", "小区台账", Tables.AsOf, [TableColumn.Text("小区名称")], [[text]]);
        using var workbook = Tables.Read(TableWorkbookWriter.ToBytes(table));
        var cell = workbook.Worksheet(1).Cell("B4");
        Assert.False(cell.HasFormula);
        Assert.Equal(XLDataType.Text, cell.DataType);
        Assert.Equal(text, cell.GetString());
        // Formula-like text also carries the quote prefix, so editing the cell in Excel keeps it text.
        Assert.Equal(CellValues.LooksLikeFormula(text), cell.Style.IncludeQuotePrefix);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Bulk_export_stores_text_as_text(string text)
    {
        var estate = new Estate { Name = text, Address = text, CommunityName = "大河沟社区", FloorArea = 1 };
        using var stream = new MemoryStream();
        RegistryBulkExport.WriteEstates(stream, [estate]);
        using var workbook = Tables.Read(stream.ToArray());
        var sheet = workbook.Worksheet(1);
        foreach (var cell in new[] { sheet.Cell("D2"), sheet.Cell("E2") })
        {
            Assert.False(cell.HasFormula);
            Assert.Equal(XLDataType.Text, cell.DataType);
            Assert.Equal(text, cell.GetString());
        }
    }

    [Fact]
    public void Titles_headers_and_notes_are_text_too()
    {
        var table = new TableExport("=1+1", "@台账", Tables.AsOf, [TableColumn.Text("=A1")], [["x"]]) { Notes = ["-注"] };
        using var workbook = Tables.Read(TableWorkbookWriter.ToBytes(table));
        var sheet = workbook.Worksheet(1);
        Assert.Equal("=1+1 @台账", sheet.Cell("A1").GetString());
        Assert.Equal("=A1", sheet.Cell("B3").GetString());
        Assert.Equal("-注", sheet.Cell("A5").GetString());
        Assert.DoesNotContain(sheet.CellsUsed(), c => c.HasFormula);
    }
}
