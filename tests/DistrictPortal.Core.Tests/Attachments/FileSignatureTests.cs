using System.IO.Compression;
using DistrictPortal.Core.Attachments;

namespace DistrictPortal.Core.Tests.Attachments;

public sealed class FileSignatureTests
{
    /// <summary>A zip holding the named (empty) entries.</summary>
    internal static byte[] Zip(params string[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in entries)
                zip.CreateEntry(name);
        }
        return buffer.ToArray();
    }

    public static TheoryData<string, byte[], AttachmentType?> Files => new()
    {
        { "pdf", "%PDF-1.4\n..."u8.ToArray(), AttachmentType.Pdf },
        { "jpeg", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46], AttachmentType.Jpeg },
        { "png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00], AttachmentType.Png },
        { "xlsx", Zip("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml"), AttachmentType.Xlsx },
        // A .docx is a zip with [Content_Types].xml but no xl/ part; a plain zip has neither.
        { "docx", Zip("[Content_Types].xml", "word/document.xml"), null },
        { "zip of xl/ without content types", Zip("xl/workbook.xml"), null },
        { "plain zip", Zip("readme.txt"), null },
        { "damaged zip", [0x50, 0x4B, 0x03, 0x04, 0x01, 0x02], null },
        { "exe", "MZ\x90\0"u8.ToArray(), null },
        { "html named .pdf", "<html><script>alert(1)</script>"u8.ToArray(), null },
        { "pdf marker not at the start", " %PDF-1.4"u8.ToArray(), null },
        { "truncated png", [0x89, 0x50, 0x4E, 0x47], null },
        { "empty", [], null },
    };

    [Theory, MemberData(nameof(Files))]
    public void Detects_the_type_from_the_bytes_alone(string what, byte[] bytes, AttachmentType? expected) =>
        Assert.True(expected == FileSignature.Detect(bytes), what);
}
