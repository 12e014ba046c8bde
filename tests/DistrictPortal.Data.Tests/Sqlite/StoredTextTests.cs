using System.Globalization;
using DistrictPortal.Data.Sqlite;

namespace DistrictPortal.Data.Tests.Sqlite;

/// <summary>
/// The fixed-width readers of stored times and dates give what the general invariant parse gave, for the forms the
/// portal writes and for anything else that may sit in a column.
/// </summary>
public sealed class StoredTextTests
{
    private const DateTimeStyles Utc = DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal;

    public static TheoryData<string> Times => new()
    {
        "2026-12-04T09:00:00.0000000Z",
        "2026-12-04T08:59:59.9999999Z",
        "2024-02-29T23:59:59.1234567Z", // a leap day
        "0001-01-01T00:00:00.0000000Z",
        "9999-12-31T23:59:59.9999999Z",
        "2026-12-04T09:00:00Z",         // not the stored width: the general parse
        "2026-12-04 09:00:00",          // no zone: taken as UTC
        "2026-12-04T17:00:00+08:00",    // a zone: moved to UTC
    };

    [Theory, MemberData(nameof(Times))]
    public void A_time_reads_as_the_general_parse_reads_it(string text)
    {
        var expected = DateTime.Parse(text, CultureInfo.InvariantCulture, Utc);
        var read = StoredText.ParseUtc(text);
        Assert.Equal((expected, expected.Ticks, DateTimeKind.Utc), (read, read.Ticks, read.Kind));
    }

    [Theory]
    [InlineData("2026-02-29T09:00:00.0000000Z")] // no such day
    [InlineData("2026-13-01T09:00:00.0000000Z")]
    [InlineData("2026-12-04T24:00:00.0000000Z")]
    [InlineData("2026-12-04T09:60:00.0000000Z")]
    [InlineData("2026-12-04T09:00:00.00000x0Z")]
    [InlineData("not a time at all, 28 chars")]
    public void A_time_that_is_no_time_is_refused_as_before(string text) =>
        Assert.Throws<FormatException>(() => StoredText.ParseUtc(text));

    [Theory]
    [InlineData("2026-12-04")]
    [InlineData("2024-02-29")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("2026-12-04T09:00:00.0000000Z")] // a date with a time after it: its first ten characters
    [InlineData("2026-12-4")]                    // not the stored width: the general parse
    public void A_date_reads_as_the_general_parse_reads_it(string text) =>
        Assert.Equal(DateOnly.Parse(text.Length > 10 ? text[..10] : text, CultureInfo.InvariantCulture), StoredText.ParseDate(text));

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("2026-00-10")]
    [InlineData("20x6-12-04")]
    public void A_date_that_is_no_date_is_refused_as_before(string text) =>
        Assert.Throws<FormatException>(() => StoredText.ParseDate(text));
}
