using System.IO.Compression;
using System.Text;

namespace DistrictPortal.Documents.Import;

/// <summary>
/// Decides from the bytes alone whether an upload is an .xlsx worth opening: not empty, not over the size limit,
/// a zip holding a workbook, not a legacy .xls and not password-protected. A password-protected .xlsx is not a zip
/// at all but an OLE compound file (CFB, D0 CF 11 E0 …) holding "EncryptionInfo" and "EncryptedPackage" streams.
/// </summary>
public static class UploadGuard
{
    public const long DefaultMaxBytes = 5 * 1024 * 1024;
    /// <summary>What the zip may expand to, so a small "zip bomb" cannot take the server's memory.</summary>
    public const long MaxExpandedBytes = 100L * 1024 * 1024;

    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] CfbMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] EncryptedPackage = Encoding.Unicode.GetBytes("EncryptedPackage");
    private static readonly byte[] EncryptionInfo = Encoding.Unicode.GetBytes("EncryptionInfo");

    /// <summary>
    /// Reads at most <paramref name="maxBytes"/> + 1 bytes, so an oversized upload is refused without reading it all.
    /// Returns the bytes, or the refusal.
    /// </summary>
    public static (byte[]? Bytes, ImportIssue? Refusal) Read(Stream upload, long maxBytes = DefaultMaxBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = upload.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
                return (null, TooLarge(maxBytes));
        }
        var bytes = buffer.ToArray();
        return Check(bytes, maxBytes) is { } refusal ? (null, refusal) : (bytes, null);
    }

    public static ImportIssue? Check(byte[] bytes, long maxBytes = DefaultMaxBytes)
    {
        if (bytes.Length == 0)
            return Refuse(ImportCodes.Empty, "上传的文件是空的。");
        if (bytes.Length > maxBytes)
            return TooLarge(maxBytes);
        if (StartsWith(bytes, CfbMagic))
        {
            return Contains(bytes, EncryptedPackage) || Contains(bytes, EncryptionInfo)
                ? Refuse(ImportCodes.Encrypted, "文件设置了打开密码（已加密），无法读取。请在 Excel 中取消密码后另存为 .xlsx 再上传。")
                : Refuse(ImportCodes.LegacyXls, "这是旧版 Excel 97-2003（.xls）文件，不能导入。请在 Excel 中另存为 .xlsx（Excel 工作簿）后再上传。");
        }
        if (!StartsWith(bytes, ZipMagic))
            return NotASpreadsheet();
        return CheckZip(bytes);
    }

    private static ImportIssue? CheckZip(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            var hasWorkbook = false;
            long expanded = 0;
            foreach (var entry in zip.Entries)
            {
                hasWorkbook |= string.Equals(entry.FullName, "xl/workbook.xml", StringComparison.OrdinalIgnoreCase);
                expanded += entry.Length;
            }
            if (!hasWorkbook)
                return NotASpreadsheet();
            if (expanded > MaxExpandedBytes)
                return Refuse(ImportCodes.TooLarge, $"文件解压后超过 {MaxExpandedBytes / 1024 / 1024} MB，不像一份小区台账，未导入。");
            return null;
        }
        catch (InvalidDataException)
        {
            return Refuse(ImportCodes.Unreadable, "文件已损坏或不完整，无法打开。请重新保存后再上传。");
        }
    }

    public static ImportIssue TooLarge(long maxBytes) =>
        Refuse(ImportCodes.TooLarge, $"文件超过 {FormatSize(maxBytes)} 的上限，未导入。请删去无关的工作表或图片后再上传。");

    public static ImportIssue NotASpreadsheet() =>
        Refuse(ImportCodes.NotASpreadsheet, "上传的不是 Excel 工作簿（.xlsx）。请使用下载的模板填写后上传。");

    public static ImportIssue Refuse(string code, string message) => new(ImportSeverity.Error, code, message);

    private static string FormatSize(long bytes) =>
        bytes % (1024 * 1024) == 0 ? $"{bytes / 1024 / 1024} MB" : $"{bytes / 1024.0 / 1024.0:0.#} MB";

    private static bool StartsWith(byte[] bytes, byte[] magic) => bytes.AsSpan().StartsWith(magic);

    private static bool Contains(byte[] bytes, byte[] pattern) => bytes.AsSpan().IndexOf(pattern) >= 0;
}
