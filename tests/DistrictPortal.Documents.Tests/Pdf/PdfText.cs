using System.Diagnostics;
using PdfSharp.Pdf.IO;

namespace DistrictPortal.Documents.Tests.Pdf;

/// <summary>
/// Reads a PDF back with poppler's pdftotext. Missing pdftotext is a failure, not a skip, so a machine without it
/// cannot pass these tests by accident. "-raw" keeps the content-stream order (which is our reading order, one
/// drawn line per output line) and keeps the space characters we drew: the default layout analysis guesses spaces
/// from gaps and drops some between a CJK character and a digit ("第1页/共6页").
/// </summary>
internal static class PdfText
{
    private static readonly string[] Candidates = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext", "/opt/homebrew/bin/pdftotext"];

    /// <summary>The text of each page, in order (pdftotext separates pages with a form feed).</summary>
    public static IReadOnlyList<string> Pages(byte[] pdf)
    {
        var text = Extract(pdf);
        var pages = text.Split('\f').ToList();
        if (pages.Count > 0 && pages[^1].Trim().Length == 0)
            pages.RemoveAt(pages.Count - 1);
        return pages;
    }

    public static string All(byte[] pdf) => Extract(pdf);

    /// <summary>Non-empty lines of the whole document, trimmed.</summary>
    public static IReadOnlyList<string> Lines(byte[] pdf) =>
        Extract(pdf).Split('\n', '\f').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    public static int PageCount(byte[] pdf)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        return document.PageCount;
    }

    private static string Extract(byte[] pdf)
    {
        var tool = Candidates.FirstOrDefault(File.Exists) ?? OnPath("pdftotext");
        if (tool is null)
            Assert.Fail("pdftotext (poppler-utils) is not installed, so PDFs cannot be read back. Run scripts/install-prerequisites.sh as root, then run the tests again.");

        var file = Path.Combine(Path.GetTempPath(), $"districtportal-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var start = new ProcessStartInfo(tool!, ["-raw", "-enc", "UTF-8", file, "-"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = System.Text.Encoding.UTF8,
            };
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(60_000))
            {
                process.Kill();
                Assert.Fail("pdftotext did not finish within 60 s.");
            }
            Assert.True(process.ExitCode == 0, $"pdftotext failed ({process.ExitCode}): {stderr.Result}");
            return stdout.Result;
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
