using System.Data;
using Dapper;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Returns;

namespace DistrictPortal.Data.Sqlite;

/// <summary>What a return writes besides its own row: its rows, its snapshot and the registry changes of a strike-off.</summary>
public sealed partial class SqliteWeeklyReturnRepository
{
    /// <summary>The rows as filed, under <paramref name="weeklyReturnId"/> whatever id they carry. An unknown estate fails the foreign key.</summary>
    private static Task InsertRowsAsync(IDbConnection connection, IDbTransaction transaction, long weeklyReturnId, IReadOnlyList<ReturnRow> rows)
    {
        if (rows.Count == 0)
            return Task.CompletedTask;
        // Dapper runs the statement once per row.
        return connection.ExecuteAsync(
            """
            INSERT INTO ReturnRow (WeeklyReturnId, EstateId, EstateName, Households, Mode, SixHaves, ConsultationDate,
                OwnersMeetingDate, CommitteeElectedDate, ContractSignedDate, IsStruckOff, StruckOffDate, Blockers,
                HelpAsked, ReviewReason)
            VALUES (@WeeklyReturnId, @EstateId, @EstateName, @Households, @Mode, @SixHaves, @ConsultationDate,
                @OwnersMeetingDate, @CommitteeElectedDate, @ContractSignedDate, @IsStruckOff, @StruckOffDate, @Blockers,
                @HelpAsked, @ReviewReason)
            """,
            rows.Select(r => new
            {
                WeeklyReturnId = weeklyReturnId,
                r.EstateId,
                EstateName = r.EstateName ?? "",
                r.Households,
                Mode = (int)r.Mode,
                SixHaves = (int)r.SixHaves,
                r.ConsultationDate,
                r.OwnersMeetingDate,
                r.CommitteeElectedDate,
                r.ContractSignedDate,
                r.IsStruckOff,
                r.StruckOffDate,
                r.Blockers,
                r.HelpAsked,
                r.ReviewReason,
            }),
            transaction);
    }

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
