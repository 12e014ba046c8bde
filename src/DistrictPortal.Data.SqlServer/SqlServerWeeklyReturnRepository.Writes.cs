using System.Globalization;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Returns;
using DistrictPortal.Data.SqlServer.Procedures;
using Microsoft.Data.SqlClient;

namespace DistrictPortal.Data.SqlServer;

public sealed partial class SqlServerWeeklyReturnRepository
{
    // Core has no constants for these: only the Friday return strikes estates off and marks weeks overdue.
    /// <summary>The estate audit entry that links a strike-off to the accepted return (Field WeeklyReturnId).</summary>

    /// <summary>The deadline job's mark on a return (Field MarkedOverdueUtc).</summary>
    public const string MarkOverdueAction = AuditActions.MarkOverdue;

    private const string UniqueWeek = "UQ_WeeklyReturn_SubDistrictId_WeekEnding";

    /// <summary>That the node files returns (a sub-district) is Core's rule (ReturnFiler); an unknown node is the foreign key's.</summary>
    public Task<long> CreateAsync(WeeklyReturn weeklyReturn, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(weeklyReturn);
        ArgumentNullException.ThrowIfNull(audit);
        return _db.WriteAsync(
            async (c, t) =>
            {
                var id = (await c.CallAsync(WeeklyReturnCreate.From(weeklyReturn), t)).Single();
                await AuditWriter.WriteAsync(c, t, AuditEntry.ForNewRow(audit, id));
                return id;
            },
            e => Translate(e, 0, weeklyReturn.WeekEnding));
    }

    public Task UpdateAsync(WeeklyReturn weeklyReturn, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(weeklyReturn);
        ArgumentNullException.ThrowIfNull(audit);
        return _db.WriteAsync(
            async (c, t) =>
            {
                await c.CallAsync(WeeklyReturnUpdate.From(weeklyReturn), t);
                await AuditWriter.WriteAsync(c, t, audit);
            },
            e => Translate(e, weeklyReturn.Id, weeklyReturn.WeekEnding));
    }

    /// <summary>
    /// The return (version-checked), its snapshot, the registry facts Core decided (<see cref="ReturnAcceptance"/>) and
    /// all the audit Core built for them, in one transaction.
    /// </summary>
    public Task AcceptAsync(
        WeeklyReturn weeklyReturn, ReturnSnapshot snapshot, IReadOnlyList<RegistryUpdate> registry, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(weeklyReturn);
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(audit);
        return _db.WriteAsync(
            async (c, t) =>
            {
                await c.CallAsync(WeeklyReturnUpdate.From(weeklyReturn), t);
                await c.CallAsync(ReturnSnapshotCreate.From(weeklyReturn.Id, snapshot), t);
                foreach (var update in registry)
                {
                    if ((await c.CallAsync(EstateUpdateStrikeOff.From(update), t)).Single().Updated != 1)
                    {
                        throw new ArgumentException($"Estate {update.EstateId} does not exist.", nameof(registry));
                    }
                }
                await AuditWriter.WriteAsync(c, t, audit);
            },
            e => Translate(e, weeklyReturn.Id, weeklyReturn.WeekEnding));
    }

    public Task<bool> MarkOverdueAsync(long subDistrictId, DateOnly weekEnding, OverdueMarking mark)
    {
        ArgumentNullException.ThrowIfNull(mark);
        return _db.WriteAsync(
            async (c, t) =>
            {
                var result = (await c.CallAsync(new WeeklyReturnUpdateOverdue(subDistrictId, weekEnding, mark.AtUtc), t)).Single();
                if (!result.Marked)
                {
                    return false;
                }
                await AuditWriter.WriteAsync(c, t, mark.AuditFor(result.Id, result.Created));
                return true;
            },
            e => Translate(e, 0, weekEnding));
    }

    /// <summary>
    /// A second return for the week is a duplicate name; any other unique key (the same estate twice in the rows)
    /// is a bad request, as is an unknown estate (547).
    /// </summary>
    private static Exception? Translate(SqlException e, long id, DateOnly weekEnding) =>
        e.Number is SqlErrors.DuplicateKeyRow or SqlErrors.UniqueConstraint
            ? e.Message.Contains(UniqueWeek, StringComparison.Ordinal)
                ? new DuplicateNameException(nameof(WeeklyReturn.WeekEnding), Day(weekEnding))
                : new ArgumentException($"{ReturnAudit.EntityType}: {e.Message}")
            : SqlErrors.Translate(e, ReturnAudit.EntityType, id);

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
