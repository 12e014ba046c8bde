using DistrictPortal.Documents.Excel;
using Microsoft.AspNetCore.Mvc;

namespace DistrictPortal.Web.Features.Exports;

/// <summary>How a workbook leaves the portal: the .xlsx content type and the Chinese file name (sent as filename*).</summary>
public static class Xlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static FileContentResult File(TableExport table) =>
        new(TableWorkbookWriter.ToBytes(table), ContentType) { FileDownloadName = table.FileName };

    /// <summary>
    /// Writes a streamed sheet to a temporary file and sends that file, which is deleted when the response closes.
    /// Why a file and not the response body: MiniExcel writes synchronously, Kestrel refuses synchronous writes,
    /// and buffering in memory is what the bulk export exists to avoid. The writer runs on a pool thread because
    /// its row source pages the database synchronously as MiniExcel pulls rows.
    /// </summary>
    public static async Task<FileStreamResult> StreamedAsync(string fileName, Action<Stream> write)
    {
        var path = Path.Combine(Path.GetTempPath(), $"districtportal-{Guid.NewGuid():N}.xlsx");
        try
        {
            await using var output = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024);
            await Task.Run(() => write(output));
        }
        catch
        {
            System.IO.File.Delete(path); // a failed export leaves no half-written file behind
            throw;
        }
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 64 * 1024,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        return new FileStreamResult(stream, ContentType) { FileDownloadName = fileName };
    }
}
