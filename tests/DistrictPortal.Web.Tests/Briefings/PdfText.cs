using System.Diagnostics;

namespace DistrictPortal.Web.Tests.Briefings;

/// <summary>
/// Reads a PDF back with poppler's pdftotext ("-raw": drawing order, spaces as drawn). Missing pdftotext is a failure,
/// not a skip (scripts/install-prerequisites.sh installs poppler-utils).
/// </summary>
internal static class PdfText
{
    public static string Of(byte[] pdf)
    {
        var tool = new[] { "/usr/bin/pdftotext", "/usr/local/bin/pdftotext", "/opt/homebrew/bin/pdftotext" }.FirstOrDefault(File.Exists)
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
