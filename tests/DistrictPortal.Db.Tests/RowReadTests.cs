using System.Data;
using Dapper;
using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Returns;
using DistrictPortal.Data.SqlServer.Procedures;

namespace DistrictPortal.Db.Tests;

/// <summary>
/// What the repositories get back for the column types SqlClient hands over (DATE as DateTime, TIME as TimeSpan,
/// INT for enums), read by Dapper's own row mapping from a <see cref="DataTableReader"/> that stands in for the
/// server. No type handler is registered in this process, so this is what production sees when the SQLite
/// project is not loaded.
/// </summary>
public sealed class RowReadTests
{
    [Fact]
    public void A_campaign_reads_its_dates_time_of_day_and_day_of_the_week()
    {
        var table = Table(
            ("Id", typeof(long), 4L), ("DistrictId", typeof(long), 2L), ("Name", typeof(string), "清零行动"),
            ("StartDate", typeof(DateTime), new DateTime(2026, 3, 1)), ("TargetDate", typeof(DateTime), DBNull.Value),
            ("DeadlineDay", typeof(int), 5), ("DeadlineTime", typeof(TimeSpan), new TimeSpan(17, 0, 0)), ("Version", typeof(long), 2001L));

        var campaign = Assert.Single(Read<Campaign>(table));

        Assert.Equal(
            (4L, "清零行动", new DateOnly(2026, 3, 1), (DateOnly?)null, DayOfWeek.Friday, new TimeOnly(17, 0), 2001L),
            (campaign.Id, campaign.Name, campaign.StartDate, campaign.TargetDate, campaign.DeadlineDay, campaign.DeadlineTime, campaign.Version));
    }

    [Fact]
    public void A_return_row_reads_its_enums_flags_and_nullable_dates()
    {
        var table = Table(
            ("WeeklyReturnId", typeof(long), 9L), ("EstateId", typeof(long), 11L), ("EstateName", typeof(string), "太平小区"),
            ("Households", typeof(int), 120), ("Mode", typeof(int), 4), ("SixHaves", typeof(int), 63),
            ("ConsultationDate", typeof(DateTime), new DateTime(2026, 10, 9)), ("OwnersMeetingDate", typeof(DateTime), DBNull.Value),
            ("CommitteeElectedDate", typeof(DateTime), DBNull.Value), ("ContractSignedDate", typeof(DateTime), DBNull.Value),
            ("IsStruckOff", typeof(bool), true), ("StruckOffDate", typeof(DateTime), new DateTime(2026, 11, 20)),
            ("Blockers", typeof(string), DBNull.Value), ("HelpAsked", typeof(string), "协调供电"), ("ReviewReason", typeof(string), DBNull.Value));

        var row = Assert.Single(Read<ReturnRow>(table));

        Assert.Equal(
            (ManagementMode.SubDistrictPackage, SixHaves.All, (DateOnly?)new DateOnly(2026, 10, 9), (DateOnly?)null, (DateOnly?)new DateOnly(2026, 11, 20)),
            (row.Mode, row.SixHaves, row.ConsultationDate, row.OwnersMeetingDate, row.StruckOffDate));
        Assert.Equal((true, (string?)null, "协调供电"), (row.IsStruckOff, row.Blockers, row.HelpAsked));
    }

    [Fact]
    public void The_projects_own_result_rows_are_filled_though_internal()
    {
        var mark = Assert.Single(Read<OverdueMark>(Table(("Id", typeof(long), 5L), ("Created", typeof(bool), true), ("Marked", typeof(bool), true))));
        var updated = Assert.Single(Read<RowsUpdated>(Table(("Updated", typeof(int), 1))));

        Assert.Equal((5L, true, true), (mark.Id, mark.Created, mark.Marked));
        Assert.Equal(1, updated.Updated);
    }

    private static List<T> Read<T>(DataTable table)
    {
        using var reader = table.CreateDataReader();
        return reader.Parse<T>().ToList();
    }

    private static DataTable Table(params (string Name, Type Type, object Value)[] columns)
    {
        var table = new DataTable();
        foreach (var (name, type, _) in columns)
        {
            table.Columns.Add(name, type);
        }
        table.Rows.Add(columns.Select(c => c.Value).ToArray());
        return table;
    }
}
