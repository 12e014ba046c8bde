namespace DistrictPortal.Documents.Import.Xlsx;

/// <summary>
/// What one upload may make the reader walk or hold, checked while reading so that no file, however it is built,
/// costs more than a bounded amount of memory and time. The zip's declared sizes are checked by
/// <see cref="UploadGuard"/> before anything is opened; these count what is actually decompressed and kept.
/// </summary>
internal static class XlsxLimits
{
    /// <summary>XML decompressed across every part read, re-reads included (a zip's declared sizes can lie).</summary>
    public const long MaxExpandedBytes = UploadGuard.MaxExpandedBytes;
    /// <summary>Cell elements walked in one pass over a sheet; 5,000 estates × 14 columns is 70,000.</summary>
    public const int MaxCellsPerSheet = 1_000_000;
    /// <summary>Cells right of column IV are not read (the template has 13 columns).</summary>
    public const int MaxColumn = 256;
    /// <summary>Excel's own limit for a cell; longer text is a malformed cell, and only this much of it is kept.</summary>
    public const int MaxCellChars = 32_767;
    /// <summary>Distinct texts of the workbook (100,000 rows of distinct names and addresses: about 200,000).</summary>
    public const int MaxSharedStrings = 500_000;
    /// <summary>Characters of the shared-string table kept in memory: with the strings' own overhead, about 30 MB at most.</summary>
    public const long MaxSharedStringChars = 10_000_000;
    /// <summary>Excel allows 64,000 cell formats; more are ignored (read as plain numbers).</summary>
    public const int MaxCellFormats = 65_536;
    public const int MaxSheetRow = 1_048_576;
}

/// <summary>An upload that goes over one of <see cref="XlsxLimits"/>; the message says which, for the uploader.</summary>
internal sealed class XlsxLimitException(string message) : Exception(message);

/// <summary>An upload whose parts do not say what an .xlsx says (a sheet row numbered backwards, a missing part).</summary>
internal sealed class XlsxFormatException(string message) : Exception(message);

/// <summary>Counts decompressed bytes across every part read for one upload and stops the read past the limit.</summary>
internal sealed class ExpansionBudget(long limit)
{
    public long Read { get; private set; }

    public Stream Wrap(Stream part) => new CountingStream(part, this);

    private void Add(int bytes)
    {
        Read += bytes;
        if (Read > limit)
            throw new XlsxLimitException($"文件解压后超过 {limit / 1024 / 1024} MB，不像一份小区台账，未导入。");
    }

    private sealed class CountingStream(Stream inner, ExpansionBudget budget) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            budget.Add(n);
            return n;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
                inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
