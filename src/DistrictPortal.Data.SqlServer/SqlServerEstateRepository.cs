using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Data.SqlServer.Procedures;
using Microsoft.Data.SqlClient;

namespace DistrictPortal.Data.SqlServer;

/// <summary>The registry on SQL Server. An estate is a level-5 node plus its [dbo].[Estate] row, written together.</summary>
public sealed class SqlServerEstateRepository(string connectionString) : IEstateRepository
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 1000;

    private readonly SqlServerDatabase _db = new(connectionString);

    public Task<Estate?> GetByIdAsync(long id) =>
        _db.ReadAsync(async c => Canonical((await c.CallAsync(new EstateReadById(id))).SingleOrDefault()));

    public Task<PagedResult<Estate>> SearchAsync(EstateQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!Enum.IsDefined(query.Sort))
        {
            throw new ArgumentOutOfRangeException(nameof(query), query.Sort, "Unknown estate sort.");
        }
        var page = Math.Max(1, query.Page);
        var pageSize = query.PageSize <= 0 ? DefaultPageSize : Math.Min(query.PageSize, MaxPageSize);
        var call = new EstateReadByQuery(
            query.ScopePath ?? "", TextOf(query), query.CommunityId, query.Class, query.Status, query.ExceptModeMask, query.SixHavesComplete,
            query.IncludeRetired, query.Sort, query.Descending, page, pageSize);
        return _db.ReadAsync(async c =>
        {
            var items = await c.CallAsync(call);
            foreach (var item in items)
            {
                Canonical(item);
            }
            return new PagedResult<Estate>(items, call.TotalCount, page, pageSize);
        });
    }

    public async IAsyncEnumerable<Estate> StreamAsync(EstateQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!Enum.IsDefined(query.Sort))
        {
            throw new ArgumentOutOfRangeException(nameof(query), query.Sort, "Unknown estate sort.");
        }
        // The search proc as one page holding every match, read unbuffered: the server streams the sorted rows.
        var call = new EstateReadByQuery(
            query.ScopePath ?? "", TextOf(query), query.CommunityId, query.Class, query.Status, query.ExceptModeMask, query.SixHavesComplete,
            query.IncludeRetired, query.Sort, query.Descending, 1, int.MaxValue);
        await using var connection = await _db.OpenAsync();
        await foreach (var estate in connection.StreamAsync(call))
        {
            yield return Canonical(estate)!;
        }
    }

    public Task<IReadOnlyList<CommunityClassSubtotal>> SubtotalsByCommunityAsync(EstateQuery query) =>
        _db.ReadAsync(c => c.CallAsync(new EstateReadSubtotalsByQuery(
            query.ScopePath ?? "", TextOf(query), query.CommunityId, query.Class, query.Status, query.ExceptModeMask, query.SixHavesComplete,
            query.IncludeRetired)));

    public Task<IReadOnlyList<SubDistrictClassSubtotal>> SubtotalsBySubDistrictAsync(EstateQuery query) =>
        _db.ReadAsync(c => c.CallAsync(new EstateReadSubDistrictSubtotalsByQuery(
            query.ScopePath ?? "", TextOf(query), query.CommunityId, query.Class, query.Status, query.ExceptModeMask, query.SixHavesComplete,
            query.IncludeRetired)));

    public Task<long> CreateAsync(Estate estate, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(estate);
        ArgumentNullException.ThrowIfNull(audit);
        var name = Names.Clean(estate.Name, nameof(estate));
        return _db.WriteAsync(
            async (c, t) =>
            {
                // That the parent is a live community is Core's rule (EstateService); an unknown one is the foreign key's (547).
                var node = (await c.CallAsync(new NodeCreate(estate.CommunityId, NodeLevel.Estate, name), t)).Single();
                await c.CallAsync(EstateCreate.From(node.Id, estate), t);
                await AuditWriter.WriteAsync(c, t, AuditEntry.ForNewRow(audit, node.Id));
                return node.Id;
            },
            e => SqlErrors.Translate(e, EstateAudit.EntityType, 0, nameof(Estate.Name), name));
    }

    /// <summary>The community is not a registry fact: changing it is a move of the node (INodeRepository.MoveAsync).</summary>
    public Task UpdateAsync(Estate estate, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(estate);
        ArgumentNullException.ThrowIfNull(audit);
        var name = Names.Clean(estate.Name, nameof(estate));
        return _db.WriteAsync(
            (c, t) => UpdateAsync(c, t, estate, name, audit),
            e => SqlErrors.Translate(e, EstateAudit.EntityType, estate.Id, nameof(Estate.Name), name));
    }

    /// <summary>The registry edit inside a caller's transaction: also the mode a package sets as an estate joins it (SqlServerPackageRepository).</summary>
    internal static async Task UpdateAsync(SqlConnection c, SqlTransaction t, Estate estate, string name, IReadOnlyList<AuditEntry> audit)
    {
        await c.CallAsync(EstateUpdate.From(estate, name), t);
        await AuditWriter.WriteAsync(c, t, audit);
    }

    public Task<IReadOnlyList<Estate>> ListAfterPathAsync(string scopePath, string? afterPath, int take) =>
        _db.ReadAsync(async c =>
        {
            var items = await c.CallAsync(new EstateReadByScopePathAfterPath(scopePath ?? "", afterPath, Math.Clamp(take, 1, MaxPageSize)));
            foreach (var item in items)
            {
                Canonical(item);
            }
            return items;
        });

    /// <summary>
    /// One SqlTransaction around the same procedures a single create or edit calls (Node_Create, Estate_Create,
    /// Estate_Update, AuditEntry_Create), so an import is exactly as checked as typing each estate in and the first
    /// error rolls back every row. A table-valued Estate_Import would save round trips, but it would have to repeat
    /// Node_Create's path and name rules in set form; a sub-district's upload is a few hundred rows.
    /// </summary>
    public Task<IReadOnlyList<long>> ImportAsync(EstateImport import)
    {
        ArgumentNullException.ThrowIfNull(import);
        var current = (Id: 0L, Name: "");
        return _db.WriteAsync<IReadOnlyList<long>>(
            async (c, t) =>
            {
                // The confirmation's claim first, in the same transaction: it commits with the estates or not at all.
                if (import.Confirmation is { } confirmation
                    && (await c.CallAsync(new ImportConfirmationCreate(confirmation.Key, confirmation.ConfirmedUtc, confirmation.ForgetBeforeUtc), t)).Single() == 0)
                    throw new ImportAlreadyConfirmedException(confirmation.Key);
                foreach (var change in import.Changed)
                {
                    current = (change.After.Id, Names.Clean(change.After.Name, nameof(import)));
                    await c.CallAsync(EstateUpdate.From(change.After, current.Name), t);
                    await AuditWriter.WriteAsync(c, t, change.Audit);
                }
                var ids = new List<long>(import.Added.Count);
                foreach (var added in import.Added)
                {
                    current = (0, Names.Clean(added.Estate.Name, nameof(import)));
                    var node = (await c.CallAsync(new NodeCreate(added.Estate.CommunityId, NodeLevel.Estate, current.Name), t)).Single();
                    await c.CallAsync(EstateCreate.From(node.Id, added.Estate), t);
                    await AuditWriter.WriteAsync(c, t, AuditEntry.ForNewRow(added.Audit, node.Id));
                    ids.Add(node.Id);
                }
                return ids;
            },
            e => SqlErrors.Translate(e, EstateAudit.EntityType, current.Id, nameof(Estate.Name), current.Name));
    }

    public async Task<bool> IsImportConfirmedAsync(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return (await _db.ReadAsync(c => c.CallAsync(new ImportConfirmationReadById(key)))).Single() > 0;
    }

    /// <summary>Blank text is no filter; surrounding spaces typed into the search box do not count.</summary>
    private static string? TextOf(EstateQuery query) =>
        string.IsNullOrWhiteSpace(query.Text) ? null : query.Text.Trim();

    /// <summary>
    /// DECIMAL(18, 2) comes back with two decimals (8000.50); the canonical value (8000.5) is what the audit diff
    /// formats, so an edit that does not touch the area records no change and both databases read alike.
    /// </summary>
    private static Estate? Canonical(Estate? estate)
    {
        if (estate is not null)
        {
            estate.FloorArea = Decimals.Canonical(estate.FloorArea);
            estate.ManagementRoomArea = Decimals.Canonical(estate.ManagementRoomArea);
        }
        return estate;
    }
}
