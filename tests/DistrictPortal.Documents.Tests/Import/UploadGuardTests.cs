using System.IO.Compression;
using System.Text;
using DistrictPortal.Documents.Import;

namespace DistrictPortal.Documents.Tests.Import;

/// <summary>Uploads that are not a readable .xlsx get one clear message and nothing else.</summary>
public class UploadGuardTests
{
    private static RegistryImportPreview Upload(byte[] bytes, long? maxBytes = null) =>
        RegistryImporter.Preview(new MemoryStream(bytes), Pailou.Context() with { MaxBytes = maxBytes ?? UploadGuard.DefaultMaxBytes });

    private static void AssertRefused(RegistryImportPreview preview, string code)
    {
        var issue = Assert.Single(preview.Issues);
        Assert.Equal(code, issue.Code);
        Assert.True(issue.IsError);
        Assert.Equal("", issue.Location);
        Assert.Empty(preview.ToAdd);
        Assert.Empty(preview.ToChange);
        Assert.Empty(preview.NotInFile);
        Assert.False(preview.CanCommit);
    }

    [Theory]
    [InlineData("社区,小区名称,户数\n太平社区,太平里,120\n")]   // a CSV renamed .xlsx
    [InlineData("%PDF-1.7\n%âãÏÓ\n")]
    [InlineData("<html><table><tr><td>太平里</td></tr></table></html>")] // an "Excel" file exported by a web system
    public void Bytes_that_are_not_a_spreadsheet_are_refused(string content) =>
        AssertRefused(Upload(Encoding.UTF8.GetBytes(content)), ImportCodes.NotASpreadsheet);

    [Fact]
    public void A_zip_that_is_not_a_workbook_is_refused()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write("<w:document/>");
        }
        AssertRefused(Upload(stream.ToArray()), ImportCodes.NotASpreadsheet);
    }

    [Fact]
    public void A_truncated_workbook_is_refused_as_unreadable()
    {
        var whole = Pailou.Bytes(Pailou.Registry([Pailou.Row("太平社区", "太平里")]));
        AssertRefused(Upload(whole[..(whole.Length / 2)]), ImportCodes.Unreadable);
    }

    [Fact]
    public void A_password_protected_workbook_is_recognised_by_its_compound_file_header()
    {
        AssertRefused(Upload(CompoundFile("EncryptionInfo", "EncryptedPackage")), ImportCodes.Encrypted);
        Assert.Contains("密码", Upload(CompoundFile("EncryptedPackage")).Issues[0].Message);
    }

    [Fact]
    public void A_legacy_xls_is_refused_with_how_to_convert_it() =>
        AssertRefused(Upload(CompoundFile("Workbook", "SummaryInformation")), ImportCodes.LegacyXls);

    [Fact]
    public void An_oversized_file_is_refused_without_reading_it_all()
    {
        var stream = new CountingStream(6 * 1024 * 1024);
        var preview = RegistryImporter.Preview(stream, Pailou.Context());
        AssertRefused(preview, ImportCodes.TooLarge);
        Assert.Contains("5 MB", preview.Issues[0].Message);
        Assert.True(stream.Served <= UploadGuard.DefaultMaxBytes + 81920 * 2);
    }

    [Fact]
    public void The_size_limit_can_be_set_and_applies_to_real_workbooks()
    {
        var workbook = Pailou.Bytes(Pailou.Registry([Pailou.Row("太平社区", "太平里")]));
        AssertRefused(Upload(workbook, maxBytes: workbook.Length - 1), ImportCodes.TooLarge);
        Assert.True(Upload(workbook, maxBytes: workbook.Length).CanCommit);
        Assert.True(RegistryImporter.Preview(workbook, Pailou.Context()).CanCommit);
    }

    [Fact]
    public void An_empty_upload_is_refused() => AssertRefused(Upload([]), ImportCodes.Empty);

    /// <summary>An OLE compound file header followed by directory entry names in UTF-16, as Office writes them.</summary>
    private static byte[] CompoundFile(params string[] streams)
    {
        var bytes = new List<byte> { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };
        bytes.AddRange(new byte[504]);
        foreach (var name in streams)
        {
            var entry = new byte[128];
            Encoding.Unicode.GetBytes(name).CopyTo(entry, 0);
            bytes.AddRange(entry);
        }
        return [.. bytes];
    }

    /// <summary>A long upload that counts what was read from it.</summary>
    private sealed class CountingStream(long length) : Stream
    {
        public long Served { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => length;
        public override long Position { get => Served; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - Served);
            buffer.AsSpan(offset, n).Fill((byte)'x');
            Served += n;
            return n;
        }
    }
}
