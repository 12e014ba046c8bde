using ClosedXML.Excel;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Returns;
using DistrictPortal.Documents.Excel;

namespace DistrictPortal.Documents.Tests.Excel;

/// <summary>Functional checks of the streamed sheets; their speed is measured outside the test suite (see the issue report).</summary>
public class BulkExcelWriterTests
{
    internal static IEnumerable<Estate> Estates(int count, Action? onEach = null)
    {
        for (var i = 1; i <= count; i++)
        {
            onEach?.Invoke();
            yield return new Estate
            {
                Id = i,
                SubDistrictName = "牌楼街道",
                CommunityName = i % 2 == 0 ? "大河沟社区" : "太平社区",
                Name = $"第{i}小区",
                Address = $"牌楼路{i}号",
                YearBuilt = 1980 + i % 40,
                IsCompleteSet = i % 3 != 0,
                Buildings = i % 7 + 1,
                Households = 100 + i % 50,
                FloorArea = 1000.25m + i,
                ManagementRoomArea = i % 5 == 0 ? null : 10.5m,
                Class = (EstateClass)(i % 4),
                Status = ManagementStatus.Unmanaged,
                Mode = ManagementMode.None,
                SixHaves = SixHaves.Cleaning | SixHaves.Security,
            };
        }
    }

    [Fact]
    public void Estates_are_written_as_numbers_with_a_frozen_header_and_a_sums_row()
    {
        const int count = 2000;
        var enumerated = 0;
        using var stream = new MemoryStream();
        var written = RegistryBulkExport.WriteEstates(stream, Estates(count, () => enumerated++));

        Assert.Equal(count, written);
        Assert.Equal(count, enumerated); // walked once, as a data reader would be
        using var workbook = new XLWorkbook(new MemoryStream(stream.ToArray()));
        var sheet = workbook.Worksheet("小区台账");
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.Equal("序号", sheet.Cell("A1").GetString());
        Assert.Equal("建筑总面积（m²）", sheet.Cell("J1").GetString());

        var area = sheet.Cell("J2");
        Assert.Equal(XLDataType.Number, area.DataType);
        Assert.Equal(1001.25d, area.GetDouble());
        Assert.Equal("#,##0.00", area.Style.NumberFormat.Format);
        Assert.Equal("0", sheet.Cell("F2").Style.NumberFormat.Format); // 建成年份 without a separator
        Assert.Equal(1981d, sheet.Cell("F2").GetDouble());
        Assert.Equal("是", sheet.Cell("G2").GetString());
        Assert.Equal("一类", sheet.Cell("L2").GetString());
        Assert.Equal(2d, sheet.Cell("O2").GetDouble()); // 六有: two of six

        var totals = sheet.Row(count + 2);
        Assert.Equal("合计", totals.Cell(1).GetString());
        var expected = Estates(count).ToList();
        Assert.Equal((double)expected.Sum(e => e.Households), totals.Cell(9).GetDouble());
        Assert.Equal((double)expected.Sum(e => e.FloorArea), totals.Cell(10).GetDouble(), 6);
        Assert.Equal((double)expected.Sum(e => e.ManagementRoomArea ?? 0), totals.Cell(11).GetDouble(), 6);
        Assert.True(totals.Cell(6).IsEmpty());
        Assert.Equal(count + 2, sheet.LastRowUsed()!.RowNumber());
        Assert.All(Enumerable.Range(1, 18), c => Assert.True(sheet.Column(c).Width >= ColumnWidths.Min));
    }

    [Fact]
    public void Return_rows_of_several_weeks_carry_dates_as_dates()
    {
        IEnumerable<ReturnLine> Lines()
        {
            foreach (var week in new[] { new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 27) })
            {
                yield return new ReturnLine("牌楼街道", week, ReturnStatus.Accepted, new ReturnRow
                {
                    EstateName = "河沟新村",
                    Households = 560,
                    Mode = ManagementMode.CommunityTrusteeship,
                    SixHaves = SixHaves.All,
                    CommitteeElectedDate = new DateOnly(2026, 11, 18),
                    IsStruckOff = true,
                    StruckOffDate = new DateOnly(2026, 11, 19),
                    Blockers = "=1+2",
                });
            }
        }

        using var stream = new MemoryStream();
        Assert.Equal(2, RegistryBulkExport.WriteReturnRows(stream, Lines()));
        using var workbook = new XLWorkbook(new MemoryStream(stream.ToArray()));
        var sheet = workbook.Worksheet("周报明细");
        Assert.Equal("报告周截止日（周五）", sheet.Cell("C1").GetString());
        Assert.Equal(new DateTime(2026, 11, 27), sheet.Cell("C3").GetDateTime());
        Assert.Equal("yyyy-mm-dd", sheet.Cell("C3").Style.NumberFormat.Format);
        Assert.Equal("审核通过", sheet.Cell("D2").GetString());
        Assert.Equal("社区托管", sheet.Cell("G2").GetString());
        Assert.Equal(6d, sheet.Cell("H2").GetDouble());
        Assert.True(sheet.Cell("I2").IsEmpty()); // no consultation date
        Assert.Equal(new DateTime(2026, 11, 19), sheet.Cell("N2").GetDateTime());
        Assert.Equal("=1+2", sheet.Cell("O2").GetString());
        Assert.Equal(3, sheet.LastRowUsed()!.RowNumber()); // no sums row: an estate appears once a week
    }

    [Fact]
    public void Writes_to_a_stream_that_cannot_seek()
    {
        using var target = new MemoryStream();
        using (var forwardOnly = new ForwardOnlyStream(target))
            RegistryBulkExport.WriteEstates(forwardOnly, Estates(50));
        using var workbook = new XLWorkbook(new MemoryStream(target.ToArray()));
        Assert.Equal(52, workbook.Worksheet(1).LastRowUsed()!.RowNumber());
    }

    [Fact]
    public void An_empty_export_still_has_its_header()
    {
        using var stream = new MemoryStream();
        Assert.Equal(0, RegistryBulkExport.WriteReturnRows(stream, []));
        using var workbook = new XLWorkbook(new MemoryStream(stream.ToArray()));
        var sheet = workbook.Worksheet("周报明细");
        Assert.Equal("序号", sheet.Cell("A1").GetString());
        Assert.Equal("需区级协调事项", sheet.Cell("P1").GetString());
        Assert.Equal(1, sheet.LastRowUsed()!.RowNumber());
    }

    /// <summary>Like an HTTP response body: write-only, no Seek, no Length.</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
