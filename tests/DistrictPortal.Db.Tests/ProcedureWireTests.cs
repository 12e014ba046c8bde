using System.Data;
using System.Reflection;
using Dapper;
using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Returns;
using DistrictPortal.Data.SqlServer.Procedures;
using Microsoft.Data.SqlClient;

namespace DistrictPortal.Db.Tests;

/// <summary>
/// What SqlClient is handed for a call, without a server: the helper's parameters are attached to a real
/// <see cref="SqlCommand"/> the way Dapper does before executing, and the command is inspected.
/// </summary>
public sealed class ProcedureWireTests
{
    [Fact]
    public void Enums_go_as_INT_nulls_as_DBNull_and_the_total_as_an_OUTPUT_INT()
    {
        var command = Attach(new EstateReadByQuery(
            "/1/", null, 42, EstateClass.Three, null, 12, true, false, EstateSort.FloorArea, true, 2, 50));

        Assert.Equal("[dbo].[Estate_ReadByQuery]", ProcedureCalls.NameOf(typeof(EstateReadByQuery)));
        Assert.Equal(
            ["ScopePath", "Text", "CommunityId", "Class", "Status", "ExceptModes", "SixHavesComplete", "IncludeRetired", "Sort", "Descending", "Page", "PageSize", "TotalCount"],
            command.Parameters.Cast<SqlParameter>().Select(p => p.ParameterName.TrimStart('@')));
        Assert.Equal((SqlDbType.Int, 3), (Parameter(command, "Class").SqlDbType, Parameter(command, "Class").Value));
        Assert.Equal((SqlDbType.Int, 6), (Parameter(command, "Sort").SqlDbType, Parameter(command, "Sort").Value));
        Assert.Equal(DBNull.Value, Parameter(command, "Status").Value);
        Assert.Equal((SqlDbType.Int, 12), (Parameter(command, "ExceptModes").SqlDbType, Parameter(command, "ExceptModes").Value));
        Assert.Equal(DBNull.Value, Parameter(command, "Text").Value);
        Assert.Equal((SqlDbType.BigInt, 42L), (Parameter(command, "CommunityId").SqlDbType, Parameter(command, "CommunityId").Value));
        Assert.Equal(SqlDbType.NVarChar, Parameter(command, "ScopePath").SqlDbType);
        Assert.Equal(SqlDbType.Bit, Parameter(command, "Descending").SqlDbType);
        Assert.Equal((ParameterDirection.Output, SqlDbType.Int), (Parameter(command, "TotalCount").Direction, Parameter(command, "TotalCount").SqlDbType));
        Assert.All(command.Parameters.Cast<SqlParameter>().Where(p => p.ParameterName.TrimStart('@') != "TotalCount"),
            p => Assert.Equal(ParameterDirection.Input, p.Direction));
    }

    [Fact]
    public void Times_go_as_DATETIME2_with_every_tick()
    {
        var at = new DateTime(2026, 11, 20, 16, 59, 59, DateTimeKind.Utc).AddTicks(1234567);
        var command = Attach(new AuditEntryCreate(at, 42, "审核员", "Estate", 7, "update", "FloorArea", "8000.5", null));

        var atUtc = Parameter(command, "AtUtc");
        Assert.Equal((SqlDbType.DateTime2, at), (atUtc.SqlDbType, (DateTime)atUtc.Value));
        Assert.Equal(DBNull.Value, Parameter(command, "NewValue").Value);
        Assert.Equal("审核员", Parameter(command, "UserName").Value);
    }

    [Fact]
    public void The_city_goes_with_a_NULL_parent_and_its_level_as_INT()
    {
        var command = Attach(new NodeCreate(null, NodeLevel.City, "演示市"));

        Assert.Equal(DBNull.Value, Parameter(command, "ParentId").Value);
        Assert.Equal(SqlDbType.BigInt, Parameter(command, "ParentId").SqlDbType);
        Assert.Equal((SqlDbType.Int, 1), (Parameter(command, "Level").SqlDbType, Parameter(command, "Level").Value));
    }

    [Fact]
    public void Decimals_go_as_DECIMAL_with_their_value_intact()
    {
        var estate = new Estate { Id = 5, Name = "x", FloorArea = 9999999999999999.99m, ManagementRoomArea = null };
        var command = Attach(EstateUpdate.From(estate, "x"));

        Assert.Equal((SqlDbType.Decimal, 9999999999999999.99m), (Parameter(command, "FloorArea").SqlDbType, (decimal)Parameter(command, "FloorArea").Value));
        Assert.Equal(DBNull.Value, Parameter(command, "ManagementRoomArea").Value);
    }

    [Fact]
    public void Dates_go_as_DATE_times_of_day_as_TIME_and_days_of_the_week_as_INT()
    {
        var campaign = new Campaign { Id = 3, Name = "清零", TargetDate = null, DeadlineDay = DayOfWeek.Monday, DeadlineTime = new TimeOnly(9, 30), Version = 7 };
        var update = Attach(CampaignUpdate.From(campaign, "清零"));
        var read = Attach(new CalendarDayReadByDateRange(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)));

        Assert.Equal((SqlDbType.Int, 1), (Parameter(update, "DeadlineDay").SqlDbType, Parameter(update, "DeadlineDay").Value));
        Assert.Equal((SqlDbType.Time, new TimeSpan(9, 30, 0)), (Parameter(update, "DeadlineTime").SqlDbType, Parameter(update, "DeadlineTime").Value));
        Assert.Equal((SqlDbType.Date, DBNull.Value), (Parameter(update, "TargetDate").SqlDbType, Parameter(update, "TargetDate").Value));
        Assert.Equal((SqlDbType.Date, new DateTime(2026, 12, 31)), (Parameter(read, "To").SqlDbType, Parameter(read, "To").Value));
    }

    [Fact]
    public void Return_rows_go_as_one_structured_table_of_the_row_type_with_columns_in_order()
    {
        var weeklyReturn = new WeeklyReturn
        {
            Id = 9,
            Status = ReturnStatus.Submitted,
            Version = 5,
            Rows =
            [
                new ReturnRow
                {
                    EstateId = 11, EstateName = "印盒石小区", Households = 120, Mode = ManagementMode.CommunityTrusteeship,
                    SixHaves = SixHaves.All, CommitteeElectedDate = new DateOnly(2026, 11, 2), IsStruckOff = true,
                    StruckOffDate = new DateOnly(2026, 11, 20), Blockers = null,
                },
                new ReturnRow { EstateId = 12, EstateName = "观音岩小区", Households = 80 },
            ],
        };
        var command = Attach(WeeklyReturnUpdate.From(weeklyReturn));

        var rows = Parameter(command, "Rows");
        Assert.Equal((SqlDbType.Structured, "[dbo].[ReturnRowList]"), (rows.SqlDbType, rows.TypeName));
        var table = Assert.IsType<DataTable>(rows.Value);
        Assert.Equal(
            ["EstateId", "EstateName", "Households", "Mode", "SixHaves", "ConsultationDate", "OwnersMeetingDate", "CommitteeElectedDate",
                "ContractSignedDate", "IsStruckOff", "StruckOffDate", "Blockers", "HelpAsked", "ReviewReason"],
            table.Columns.Cast<DataColumn>().Select(c => c.ColumnName));
        Assert.Equal(2, table.Rows.Count);
        var first = table.Rows[0];
        Assert.Equal((11L, "印盒石小区", 120, 3, 63), (first["EstateId"], first["EstateName"], first["Households"], first["Mode"], first["SixHaves"]));
        // DATE columns travel as DateTime at midnight (the server keeps the date); enums as their number.
        Assert.Equal((typeof(DateTime), typeof(int)), (table.Columns["StruckOffDate"]!.DataType, table.Columns["Mode"]!.DataType));
        Assert.Equal((new DateTime(2026, 11, 20), new DateTime(2026, 11, 2)), (first["StruckOffDate"], first["CommitteeElectedDate"]));
        Assert.Equal((DBNull.Value, DBNull.Value, true), (first["ConsultationDate"], first["Blockers"], first["IsStruckOff"]));
        Assert.Equal((0, false), (table.Rows[1]["Mode"], table.Rows[1]["IsStruckOff"]));
        Assert.Equal((SqlDbType.BigInt, 5L), (Parameter(command, "Version").SqlDbType, Parameter(command, "Version").Value));
    }

    [Fact]
    public void A_return_without_rows_sends_an_empty_table_not_a_null()
    {
        var command = Attach(WeeklyReturnUpdate.From(new WeeklyReturn { Id = 9, Rows = [] }));

        var rows = Parameter(command, "Rows");
        Assert.Equal(SqlDbType.Structured, rows.SqlDbType);
        Assert.Empty(Assert.IsType<DataTable>(rows.Value).Rows);
    }

    /// <summary>The helper's parameters, attached to a command exactly as Dapper attaches them before it executes.</summary>
    private static SqlCommand Attach(object call)
    {
        var parameters = (DynamicParameters)typeof(ProcedureCalls)
            .GetMethod("ParametersFor", BindingFlags.NonPublic | BindingFlags.Static)!
            .Invoke(null, [call])!;
        var command = new SqlCommand(ProcedureCalls.NameOf(call.GetType())) { CommandType = CommandType.StoredProcedure };
        // Dapper's cache key for the command (a connection that never opens stands in for the real one).
        var identity = typeof(SqlMapper.Identity)
            .GetConstructor(BindingFlags.NonPublic | BindingFlags.Instance,
                [typeof(string), typeof(CommandType?), typeof(IDbConnection), typeof(Type), typeof(Type)])!
            .Invoke([command.CommandText, CommandType.StoredProcedure, new SqlConnection(), null, typeof(DynamicParameters)]);
        typeof(DynamicParameters)
            .GetMethod("AddParameters", BindingFlags.NonPublic | BindingFlags.Instance)!
            .Invoke(parameters, [command, identity]);
        return command;
    }

    private static SqlParameter Parameter(SqlCommand command, string name) =>
        command.Parameters.Cast<SqlParameter>().Single(p => p.ParameterName.TrimStart('@') == name);
}
