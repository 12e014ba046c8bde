using Dapper;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Campaigns;

namespace DistrictPortal.Data.Sqlite;

public sealed partial class SqliteCampaignRepository
{
    /// <summary>The calendar is one for the portal: its audit entries carry this type and entity id 0.</summary>
    public const string CalendarEntityType = AuditEntities.Calendar;

    public async Task<IReadOnlyList<CalendarDay>> ListCalendarAsync(DateOnly from, DateOnly to)
    {
        await using var connection = await connections.OpenAsync();
        var days = await connection.QueryAsync<CalendarDay>(
            "SELECT Date, IsMakeUpWorkingDay, Name FROM CalendarDay WHERE Date BETWEEN @from AND @to ORDER BY Date",
            new { from, to });
        return days.AsList();
    }

    /// <summary>
    /// Deletes the range and inserts the new days in one transaction with the audit Core built. What a replacement may
    /// be (a range, its days inside it, who may make it) is Core's <see cref="HolidayCalendarService"/>; here only the
    /// key: a date given twice is refused before anything is touched.
    /// </summary>
    public Task ReplaceCalendarAsync(DateOnly from, DateOnly to, IReadOnlyList<CalendarDay> days, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(audit);
        var twice = days.GroupBy(d => d.Date).Where(g => g.Count() > 1).Select(g => WriteGuards.Day(g.Key)).ToArray();
        if (twice.Length > 0)
            throw new ArgumentException($"Days given more than once: {string.Join(", ", twice)}.", nameof(days));

        return connections.InTransactionAsync(async (connection, transaction) =>
        {
            await connection.ExecuteAsync(
                "DELETE FROM CalendarDay WHERE Date BETWEEN @from AND @to", new { from, to }, transaction);
            await connection.ExecuteAsync(
                "INSERT INTO CalendarDay (Date, IsMakeUpWorkingDay, Name) VALUES (@Date, @IsMakeUpWorkingDay, @Name)",
                // Stored trimmed, as SQL Server's CalendarDayListItem stores them.
                days.Select(d => new CalendarDay { Date = d.Date, IsMakeUpWorkingDay = d.IsMakeUpWorkingDay, Name = d.Name?.Trim() ?? "" }),
                transaction);
            await AuditWriter.WriteAsync(connection, transaction, audit);
            return 0;
        }, nameof(CalendarDay.Date));
    }
}
