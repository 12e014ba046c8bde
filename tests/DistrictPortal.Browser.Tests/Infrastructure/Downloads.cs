using System.Diagnostics;
using ClosedXML.Excel;

namespace DistrictPortal.Browser.Tests.Infrastructure;

/// <summary>Opens what the walk downloads as the office would: the workbook with ClosedXML, the PDF as text with poppler's pdftotext.</summary>
public static class Downloads
{
    public static XLWorkbook Workbook(string path) => new(new MemoryStream(File.ReadAllBytes(path)));

    /// <summary>"-raw": drawing order, spaces as drawn. Missing pdftotext is a failure (scripts/install-prerequisites.sh installs poppler-utils).</summary>
    public static string PdfText(byte[] pdf)
    {
        var tool = new[] { "/usr/bin/pdftotext", "/usr/local/bin/pdftotext" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("pdftotext not found: install poppler-utils (scripts/install-prerequisites.sh).");
        var input = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(input, pdf);
            using var process = Process.Start(new ProcessStartInfo(tool, ["-raw", "-enc", "UTF-8", input, "-"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, process.StandardError.ReadToEnd());
            return text;
        }
        finally
        {
            File.Delete(input);
        }
    }
}
