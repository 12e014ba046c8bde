using System.Globalization;

namespace DistrictPortal.Data.Sqlite;

/// <summary>
/// Reads the text SQLite stores times and dates as (<see cref="SqliteTypeHandlers"/>: "yyyy-MM-ddTHH:mm:ss.fffffffZ" UTC and
/// "yyyy-MM-dd"). Those are fixed-width, so their digits are read in place; anything else (a hand-typed value, a
/// date with a time after it) goes through the general invariant parse as before. Every date and time the portal reads
/// from SQLite passes here, and the league for one week alone reads 2,800 of them (issue 19): the general parse was a
/// visible share of it.
/// </summary>
public static class StoredText
{
    private const DateTimeStyles UtcStyles = DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal;

    /// <summary>A stored time as a UTC DateTime; text without a zone is taken as UTC.</summary>
    public static DateTime ParseUtc(string text)
    {
        if (text.Length == 28 && text[4] == '-' && text[7] == '-' && text[10] == 'T' && text[13] == ':' && text[16] == ':'
            && text[19] == '.' && text[27] == 'Z'
            && Digits(text, 0, 4) is var year and >= 1 && Digits(text, 5, 2) is var month and >= 1 and <= 12
            && Digits(text, 8, 2) is var day and >= 1 && day <= DateTime.DaysInMonth(year, month)
            && Digits(text, 11, 2) is var hour and >= 0 and <= 23 && Digits(text, 14, 2) is var minute and >= 0 and <= 59
            && Digits(text, 17, 2) is var second and >= 0 and <= 59 && Digits(text, 20, 7) is var fraction and >= 0)
            return new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).AddTicks(fraction);
        return DateTime.Parse(text, CultureInfo.InvariantCulture, UtcStyles);
    }

    /// <summary>A stored date; a longer text is read by its first ten characters (a date with a time after it).</summary>
    public static DateOnly ParseDate(string text)
    {
        if (text.Length >= 10 && text[4] == '-' && text[7] == '-'
            && Digits(text, 0, 4) is var year and >= 1 && Digits(text, 5, 2) is var month and >= 1 and <= 12
            && Digits(text, 8, 2) is var day and >= 1 && day <= DateTime.DaysInMonth(year, month))
            return new DateOnly(year, month, day);
        return DateOnly.Parse(text.Length > 10 ? text[..10] : text, CultureInfo.InvariantCulture);
    }

    /// <summary>A stored decimal (money, area, a percentage): invariant text, an exponent allowed.</summary>
    public static decimal ParseDecimal(string text) =>
        decimal.Parse(text, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);

    /// <summary>The number written by <paramref name="count"/> ASCII digits from <paramref name="start"/>; -1 if any is not one.</summary>
    private static int Digits(string text, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = text[i] - '0';
            if ((uint)digit > 9)
                return -1;
            value = value * 10 + digit;
        }
        return value;
    }
}
