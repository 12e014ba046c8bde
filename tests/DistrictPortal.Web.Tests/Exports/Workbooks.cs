using System.Net;
using ClosedXML.Excel;
using DistrictPortal.Web.Tests.Infrastructure;

namespace DistrictPortal.Web.Tests.Exports;

/// <summary>Downloads an export and opens it with ClosedXML, as the office that files it would.</summary>
internal static class Workbooks
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static async Task<(XLWorkbook Workbook, string FileName)> DownloadAsync(PortalClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ContentType, response.Content.Headers.ContentType?.MediaType);
        var fileName = response.Content.Headers.ContentDisposition?.FileNameStar ?? "";
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return (new XLWorkbook(new MemoryStream(bytes)), fileName);
    }

    /// <summary>The data rows of a titled table (row 4 on, up to the 合计 row or the first blank 序号).</summary>
    public static List<IXLRow> DataRows(IXLWorksheet sheet, int firstRow = 4) =>
        sheet.RowsUsed().Where(r => r.RowNumber() >= firstRow)
            .TakeWhile(r => !r.Cell(1).IsEmpty() && r.Cell(1).GetString() != "合计" && r.Cell(1).DataType == XLDataType.Number)
            .ToList();

    public static IXLRow TotalRow(IXLWorksheet sheet) =>
        sheet.RowsUsed().Single(r => r.Cell(1).GetString() == "合计");

    /// <summary>The column whose header (row <paramref name="headerRow"/>) is <paramref name="header"/>.</summary>
    public static int Column(IXLWorksheet sheet, string header, int headerRow = 3) =>
        sheet.Row(headerRow).CellsUsed().Single(c => c.GetString() == header).Address.ColumnNumber;

    public static string Today(PortalFactory factory)
    {
        var clock = (Web.Infrastructure.Configuration.PortalClock)factory.Services.GetService(typeof(Web.Infrastructure.Configuration.PortalClock))!;
        return clock.LocalNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }
}
