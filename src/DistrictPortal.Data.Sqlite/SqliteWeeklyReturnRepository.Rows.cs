using System.Data;
using System.Globalization;
using Dapper;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Returns;
using Microsoft.Data.Sqlite;

namespace DistrictPortal.Data.Sqlite;

/// <summary>What a return writes besides its own row: its rows, its snapshot and the registry changes of a strike-off.</summary>
public sealed partial class SqliteWeeklyReturnRepository
{
    private const string InsertRow = """
        INSERT INTO ReturnRow (WeeklyReturnId, EstateId, EstateName, Households, Mode, SixHaves, ConsultationDate,
            OwnersMeetingDate, CommitteeElectedDate, ContractSignedDate, IsStruckOff, StruckOffDate, Blockers,
            HelpAsked, ReviewReason)
        VALUES ($WeeklyReturnId, $EstateId, $EstateName, $Households, $Mode, $SixHaves, $ConsultationDate,
            $OwnersMeetingDate, $CommitteeElectedDate, $ContractSignedDate, $IsStruckOff, $StruckOffDate, $Blockers,
            $HelpAsked, $ReviewReason)
        """;

    /// <summary>
    /// The rows as filed, under <paramref name="weeklyReturnId"/> whatever id they carry. An unknown estate fails the foreign key.
    /// One command, its statement prepared once and its parameters made once, run per row with new values: the rows are
    /// written while every other writer waits its turn (SQLite has one writer), and Dapper's run per row re-made the
    /// fifteen parameters from an object per row (issue 19's Friday peak: 200 returns of ~120 rows at once). Values are
    /// stored as SqliteTypeHandlers stores them: dates "yyyy-MM-dd", enums and booleans as integers.
    /// </summary>
    private static async Task InsertRowsAsync(SqliteConnection connection, SqliteTransaction transaction, long weeklyReturnId, IReadOnlyList<ReturnRow> rows)
    {
        if (rows.Count == 0)
            return;
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = InsertRow;
        SqliteParameter Add(string name) => insert.Parameters.Add(new SqliteParameter(name, DBNull.Value));
        Add("$WeeklyReturnId").Value = weeklyReturnId;
        var (estateId, estateName, households, mode, sixHaves) = (Add("$EstateId"), Add("$EstateName"), Add("$Households"), Add("$Mode"), Add("$SixHaves"));
        var (consultation, ownersMeeting, committeeElected, contractSigned) =
            (Add("$ConsultationDate"), Add("$OwnersMeetingDate"), Add("$CommitteeElectedDate"), Add("$ContractSignedDate"));
        var (struckOff, struckOffDate, blockers, helpAsked, reviewReason) =
            (Add("$IsStruckOff"), Add("$StruckOffDate"), Add("$Blockers"), Add("$HelpAsked"), Add("$ReviewReason"));
        insert.Prepare();
        foreach (var r in rows)
        {
            estateId.Value = r.EstateId;
            estateName.Value = r.EstateName ?? "";
            households.Value = r.Households;
            mode.Value = (int)r.Mode;
            sixHaves.Value = (int)r.SixHaves;
            consultation.Value = Day(r.ConsultationDate);
            ownersMeeting.Value = Day(r.OwnersMeetingDate);
            committeeElected.Value = Day(r.CommitteeElectedDate);
            contractSigned.Value = Day(r.ContractSignedDate);
            struckOff.Value = r.IsStruckOff ? 1 : 0;
            struckOffDate.Value = Day(r.StruckOffDate);
            blockers.Value = (object?)r.Blockers ?? DBNull.Value;
            helpAsked.Value = (object?)r.HelpAsked ?? DBNull.Value;
            reviewReason.Value = (object?)r.ReviewReason ?? DBNull.Value;
            // Synchronous on purpose: SQLite's step is synchronous underneath, and the async wrapper only adds a task per row.
            insert.ExecuteNonQuery();
        }
    }

    private static object Day(DateOnly? date) =>
        date is { } d ? d.ToString(SqliteTypeHandlers.DateFormat, CultureInfo.InvariantCulture) : DBNull.Value;

    /// <summary>
    /// The figures as Core computed them; the sub-district, its name and the week are copied from the return as it
    /// stands, so a snapshot always agrees with the return it freezes.
    /// </summary>
    private static async Task InsertSnapshotAsync(IDbConnection connection, IDbTransaction transaction, long weeklyReturnId, ReturnSnapshot snapshot)
    {
        var inserted = await connection.ExecuteAsync(
            """
            INSERT INTO ReturnSnapshot (WeeklyReturnId, SubDistrictId, SubDistrictName, WeekEnding, AcceptedUtc,
                IsRestatement, WasOnTime, Baseline, Covered, Remaining, PercentCleared, NewlyCovered, CommitteesFormed,
                HouseholdsCovered, CoveredEstateIds)
            SELECT r.Id, r.SubDistrictId, s.Name, r.WeekEnding, @AcceptedUtc,
                @IsRestatement, @WasOnTime, @Baseline, @Covered, @Remaining, @PercentCleared, @NewlyCovered, @CommitteesFormed,
                @HouseholdsCovered, @CoveredEstateIds
            FROM WeeklyReturn r
            JOIN Node s ON s.Id = r.SubDistrictId
            WHERE r.Id = @weeklyReturnId
            """,
            new
            {
                weeklyReturnId,
                snapshot.AcceptedUtc,
                snapshot.IsRestatement,
                snapshot.WasOnTime,
                snapshot.Baseline,
                snapshot.Covered,
                snapshot.Remaining,
                snapshot.PercentCleared,
                snapshot.NewlyCovered,
                snapshot.CommitteesFormed,
                snapshot.HouseholdsCovered,
                CoveredEstateIds = snapshot.CoveredEstateIds ?? "",
            },
            transaction);
        if (inserted != 1)
            throw new ArgumentException($"Weekly return {weeklyReturnId} does not exist.", nameof(weeklyReturnId));
    }

    /// <summary>
    /// The registry facts an acceptance writes (销号, its withdrawal, the mode and six haves the return stated). No
    /// version check (the reviewer never read the estate), but the estate's version moves, so an open registry form of
    /// it becomes stale.
    /// </summary>
    private static async Task UpdateRegistryAsync(IDbConnection connection, IDbTransaction transaction, RegistryUpdate update)
    {
        var updated = await connection.ExecuteAsync(
            """
            UPDATE Estate SET Status = @Status, Mode = @Mode, SixHaves = @SixHaves, StruckOffDate = @StruckOffDate,
                Version = Version + 1
            WHERE Id = @EstateId
            """,
            new { update.EstateId, Status = (int)update.Status, Mode = (int)update.Mode, SixHaves = (int)update.SixHaves, update.StruckOffDate },
            transaction);
        if (updated != 1)
            throw new ArgumentException($"Estate {update.EstateId} does not exist.", nameof(update));
    }
}
