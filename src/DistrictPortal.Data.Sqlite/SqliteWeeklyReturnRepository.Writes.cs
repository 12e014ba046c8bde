using System.Data;
using System.Globalization;
using Dapper;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;
using DuplicateNameException = DistrictPortal.Core.Common.DuplicateNameException;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Returns;
using Microsoft.Data.Sqlite;

namespace DistrictPortal.Data.Sqlite;

public sealed partial class SqliteWeeklyReturnRepository
{
    // Core has no constants for these: only the Friday return strikes estates off and marks weeks overdue.
    /// <summary>The estate audit entry that links a strike-off to the accepted return (Field WeeklyReturnId).</summary>

    /// <summary>The deadline job's mark on a return (Field MarkedOverdueUtc).</summary>
    public const string MarkOverdueAction = AuditActions.MarkOverdue;

    /// <summary>That the node files returns (a sub-district) is Core's rule (ReturnFiler); an unknown node is the foreign key's.</summary>
    public Task<long> CreateAsync(WeeklyReturn weeklyReturn, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(weeklyReturn);
        ArgumentNullException.ThrowIfNull(audit);
        RequireDistinctEstates(weeklyReturn);
        return WriteAsync(async (connection, transaction) =>
        {
            var taken = await connection.ExecuteScalarAsync<bool>(
                "SELECT EXISTS (SELECT 1 FROM WeeklyReturn WHERE SubDistrictId = @SubDistrictId AND WeekEnding = @WeekEnding)",
                new { weeklyReturn.SubDistrictId, weeklyReturn.WeekEnding }, transaction);
            if (taken)
                throw new DuplicateNameException(nameof(WeeklyReturn.WeekEnding), WriteGuards.Day(weeklyReturn.WeekEnding));

            var parameters = StatusFields(weeklyReturn);
            parameters.Add("SubDistrictId", weeklyReturn.SubDistrictId);
            parameters.Add("WeekEnding", weeklyReturn.WeekEnding);
            var id = await connection.ExecuteScalarAsync<long>(
                """
                INSERT INTO WeeklyReturn (SubDistrictId, WeekEnding, Status, FirstSubmittedUtc, LastSubmittedUtc,
                    SubmittedByUserId, SubmittedByName, ReviewedUtc, ReviewedByUserId, ReviewedByName, ReviewReason,
                    HasBeenAccepted, IsRestatement, WasSentBack, ProgressNarrative, ProblemsNarrative, NextWeekPlan, Version)
                VALUES (@SubDistrictId, @WeekEnding, @Status, @FirstSubmittedUtc, @LastSubmittedUtc,
                    @SubmittedByUserId, @SubmittedByName, @ReviewedUtc, @ReviewedByUserId, @ReviewedByName, @ReviewReason,
                    @HasBeenAccepted, @IsRestatement, @Status = @sentBack, @ProgressNarrative, @ProblemsNarrative, @NextWeekPlan, 1)
                RETURNING Id
                """,
                parameters, transaction);
            await InsertRowsAsync(connection, transaction, id, weeklyReturn.Rows);
            await AuditWriter.WriteAsync(connection, transaction, AuditEntry.ForNewRow(audit, id));
            return id;
        });
    }

    public Task UpdateAsync(WeeklyReturn weeklyReturn, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(weeklyReturn);
        ArgumentNullException.ThrowIfNull(audit);
        RequireDistinctEstates(weeklyReturn);
        return WriteAsync(async (connection, transaction) =>
        {
            await SaveAsync(connection, transaction, weeklyReturn);
            await AuditWriter.WriteAsync(connection, transaction, audit);
            return 0;
        });
    }

    /// <summary>
    /// The return (version-checked), its snapshot, the registry facts Core decided (<see cref="ReturnAcceptance"/>) and
    /// all the audit Core built for them, in one transaction. An unknown estate fails the foreign key of the audit's
    /// estate or writes nothing; the caller's transaction takes everything back.
    /// </summary>
    public Task AcceptAsync(
        WeeklyReturn weeklyReturn, ReturnSnapshot snapshot, IReadOnlyList<RegistryUpdate> registry, IReadOnlyList<AuditEntry> audit)
    {
        ReturnAcceptance.RequireWrite(weeklyReturn, snapshot, registry, audit);
        RequireDistinctEstates(weeklyReturn);
        return WriteAsync(async (connection, transaction) =>
        {
            await SaveAsync(connection, transaction, weeklyReturn);
            await InsertSnapshotAsync(connection, transaction, weeklyReturn.Id, snapshot);
            foreach (var update in registry)
                await UpdateRegistryAsync(connection, transaction, update);
            await AuditWriter.WriteAsync(connection, transaction, audit);
            return 0;
        });
    }

    /// <summary>Creates an empty draft when there is no return; marks only a return never submitted and not marked before.</summary>
    public Task<bool> MarkOverdueAsync(long subDistrictId, DateOnly weekEnding, OverdueMarking mark)
    {
        ArgumentNullException.ThrowIfNull(mark);
        return WriteAsync(async (connection, transaction) =>
        {
            var id = await connection.ExecuteScalarAsync<long?>(
                "SELECT Id FROM WeeklyReturn WHERE SubDistrictId = @subDistrictId AND WeekEnding = @weekEnding",
                new { subDistrictId, weekEnding }, transaction);
            var created = id is null;
            if (id is null)
            {
                id = await connection.ExecuteScalarAsync<long>(
                    """
                    INSERT INTO WeeklyReturn (SubDistrictId, WeekEnding, Status, MarkedOverdueUtc, Version)
                    VALUES (@subDistrictId, @weekEnding, @draft, @atUtc, 1)
                    RETURNING Id
                    """,
                    new { subDistrictId, weekEnding, draft = (int)ReturnStatus.Draft, atUtc = mark.AtUtc }, transaction);
            }
            else
            {
                // The mark moves the version, as SQL Server's ROWVERSION does: a form read before it is stale.
                var marked = await connection.ExecuteAsync(
                    """
                    UPDATE WeeklyReturn SET MarkedOverdueUtc = @atUtc, Version = Version + 1
                    WHERE Id = @id AND MarkedOverdueUtc IS NULL AND FirstSubmittedUtc IS NULL
                    """,
                    new { id, atUtc = mark.AtUtc }, transaction);
                if (marked == 0)
                    return false;
            }

            await AuditWriter.WriteAsync(connection, transaction, mark.AuditFor(id.Value, created));
            return true;
        });
    }

    /// <summary>Status fields, narratives and rows, if the version is still the one read; the rows replaced as a whole.</summary>
    private static async Task SaveAsync(SqliteConnection connection, SqliteTransaction transaction, WeeklyReturn weeklyReturn)
    {
        var parameters = StatusFields(weeklyReturn);
        parameters.Add("Id", weeklyReturn.Id);
        parameters.Add("Version", weeklyReturn.Version);
        // The first submission time, once set, stays (timeliness is judged on it); WasSentBack stays set.
        var updated = await connection.ExecuteAsync(
            """
            UPDATE WeeklyReturn
            SET Status = @Status, FirstSubmittedUtc = COALESCE(FirstSubmittedUtc, @FirstSubmittedUtc),
                LastSubmittedUtc = @LastSubmittedUtc, SubmittedByUserId = @SubmittedByUserId,
                SubmittedByName = @SubmittedByName, ReviewedUtc = @ReviewedUtc, ReviewedByUserId = @ReviewedByUserId,
                ReviewedByName = @ReviewedByName, ReviewReason = @ReviewReason, HasBeenAccepted = @HasBeenAccepted,
                IsRestatement = @IsRestatement, WasSentBack = CASE WHEN @Status = @sentBack THEN 1 ELSE WasSentBack END,
                ProgressNarrative = @ProgressNarrative, ProblemsNarrative = @ProblemsNarrative,
                NextWeekPlan = @NextWeekPlan, Version = Version + 1
            WHERE Id = @Id AND Version = @Version
            """,
            parameters, transaction);
        if (updated != 1)
            throw new ConcurrencyConflictException(ReturnAudit.EntityType, weeklyReturn.Id);
        await connection.ExecuteAsync("DELETE FROM ReturnRow WHERE WeeklyReturnId = @Id", new { weeklyReturn.Id }, transaction);
        await InsertRowsAsync(connection, transaction, weeklyReturn.Id, weeklyReturn.Rows);
    }

    private static DynamicParameters StatusFields(WeeklyReturn r)
    {
        var parameters = new DynamicParameters();
        parameters.Add("Status", (int)r.Status);
        parameters.Add("sentBack", (int)ReturnStatus.SentBack);
        parameters.Add("FirstSubmittedUtc", r.FirstSubmittedUtc);
        parameters.Add("LastSubmittedUtc", r.LastSubmittedUtc);
        parameters.Add("SubmittedByUserId", r.SubmittedByUserId);
        parameters.Add("SubmittedByName", r.SubmittedByName);
        parameters.Add("ReviewedUtc", r.ReviewedUtc);
        parameters.Add("ReviewedByUserId", r.ReviewedByUserId);
        parameters.Add("ReviewedByName", r.ReviewedByName);
        parameters.Add("ReviewReason", r.ReviewReason);
        parameters.Add("HasBeenAccepted", r.HasBeenAccepted);
        parameters.Add("IsRestatement", r.IsRestatement);
        parameters.Add("ProgressNarrative", r.ProgressNarrative);
        parameters.Add("ProblemsNarrative", r.ProblemsNarrative);
        parameters.Add("NextWeekPlan", r.NextWeekPlan);
        return parameters;
    }

    private Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work) =>
        WriteGuards.ForeignKeysAsArgumentErrors(ReturnAudit.EntityType,
            () => connections.InTransactionAsync(work, nameof(WeeklyReturn.WeekEnding)));

    /// <summary>The same estate twice is a bad request, not a duplicate week: refused before anything is written.</summary>
    private static void RequireDistinctEstates(WeeklyReturn weeklyReturn)
    {
        var twice = weeklyReturn.Rows.GroupBy(r => r.EstateId).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        if (twice.Length > 0)
            throw new ArgumentException($"Estates listed more than once: {string.Join(", ", twice)}.", nameof(weeklyReturn));
    }
}
