using System.IO.Compression;

namespace DistrictPortal.Core.Attachments;

/// <summary>
/// Tells an evidence file's type from its first bytes (magic numbers), never from its name or the browser's claim:
/// PDF "%PDF-", JPEG FF D8 FF, PNG 89 50 4E 47 0D 0A 1A 0A, and XLSX, a zip (PK 03 04) whose directory lists
/// "[Content_Types].xml" and parts under "xl/". A .docx is a zip too, and so is any archive: without both names it is
/// not a workbook. Only the zip's central directory is read (names, never contents), so a zip bomb costs nothing.
/// </summary>
public static class FileSignature
{
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>How many zip entries are looked at before the file is called "not a workbook".</summary>
    public const int MaxZipEntries = 10_000;

    /// <summary>The type, or null when the bytes are none of the four.</summary>
    public static AttachmentType? Detect(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var span = bytes.AsSpan();
        if (span.StartsWith(Pdf))
            return AttachmentType.Pdf;
        if (span.StartsWith(Png))
            return AttachmentType.Png;
        if (span.StartsWith(Jpeg))
            return AttachmentType.Jpeg;
        if (span.StartsWith(Zip) && IsWorkbook(bytes))
            return AttachmentType.Xlsx;
        return null;
    }

    private static bool IsWorkbook(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            bool contentTypes = false, workbookPart = false;
            foreach (var entry in zip.Entries.Take(MaxZipEntries))
            {
                contentTypes |= entry.FullName == "[Content_Types].xml";
                workbookPart |= entry.FullName.StartsWith("xl/", StringComparison.Ordinal);
                if (contentTypes && workbookPart)
                    return true;
            }
            return false;
        }
        catch (InvalidDataException)
        {
            return false; // a damaged zip is not a workbook we can vouch for
        }
    }
}
