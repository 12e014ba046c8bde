using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DistrictPortal.Documents.Excel;
using DistrictPortal.Documents.Import;

namespace DistrictPortal.Documents.Tests.Excel;

/// <summary>
/// Every workbook we hand out passes the Open XML SDK's schema validation: a file that fails it is the one Excel
/// opens with "We found a problem with some content… repair?", which an office will not file.
/// </summary>
public class OpenXmlValidityTests
{
    private static void AssertValid(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Table_export_is_valid() =>
        AssertValid(TableWorkbookWriter.ToBytes(Tables.Registry() with { SheetNameOverride = "2026/11 周报 汇总", Notes = ["注：照录原表。"] }));

    [Fact]
    public void Bulk_export_is_valid()
    {
        using var stream = new MemoryStream();
        RegistryBulkExport.WriteEstates(stream, BulkExcelWriterTests.Estates(20));
        AssertValid(stream.ToArray());
    }

    [Fact]
    public void Streamed_table_export_is_valid()
    {
        var table = Tables.Registry() with { SheetNameOverride = "2026/11 周报 汇总", Notes = ["注：照录原表。"] };
        using var stream = new MemoryStream();
        StreamedWorkbookWriter.Write(stream, [new StreamedSheet(table, table.Rows), new StreamedSheet(table, [])]);
        AssertValid(stream.ToArray());
    }

    [Fact]
    public void Import_template_is_valid() =>
        AssertValid(RegistryTemplate.Create("牌楼街道", ["太平社区", "牌楼社区"], Tables.AsOf));
}
