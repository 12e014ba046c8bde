using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Returns;

namespace DistrictPortal.Core.Tests.Fakes;

/// <summary>
/// Weekly returns in memory, keeping only the integrity a database keeps (one return a week, optimistic version);
/// each write is recorded with the audit entries it was given. It decides nothing.
/// </summary>
public sealed class InMemoryReturns : IWeeklyReturnRepository
{
    private readonly Dictionary<long, WeeklyReturn> _returns = [];
    private long _nextId = 500;

    public List<(string Write, WeeklyReturn Return, IReadOnlyList<AuditEntry> Audit)> Writes { get; } = [];
    public List<(ReturnSnapshot Snapshot, IReadOnlyList<RegistryUpdate> Registry)> Accepted { get; } = [];

    public Task<WeeklyReturn?> GetByIdAsync(long id) =>
        Task.FromResult(_returns.TryGetValue(id, out var r) ? ReturnCopy.Of(r) : null);

    public Task<WeeklyReturn?> GetAsync(long subDistrictId, DateOnly weekEnding) =>
        Task.FromResult(_returns.Values.Where(r => r.SubDistrictId == subDistrictId && r.WeekEnding == weekEnding).Select(ReturnCopy.Of).FirstOrDefault());

    public Task<WeeklyReturn?> GetLastAcceptedAsync(long subDistrictId, DateOnly weekEnding) => Task.FromResult<WeeklyReturn?>(null);

    public Task<long> CreateAsync(WeeklyReturn weeklyReturn, IReadOnlyList<AuditEntry> audit)
    {
        if (_returns.Values.Any(r => r.SubDistrictId == weeklyReturn.SubDistrictId && r.WeekEnding == weeklyReturn.WeekEnding))
            throw new DuplicateNameException(AuditEntities.WeeklyReturn, weeklyReturn.WeekEnding.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var stored = ReturnCopy.Of(weeklyReturn);
        stored.Id = _nextId++;
        stored.Version = 1;
        stored.Rows.ForEach(r => r.WeeklyReturnId = stored.Id);
        _returns[stored.Id] = stored;
        Writes.Add(("create", ReturnCopy.Of(stored), AuditEntry.ForNewRow(audit, stored.Id)));
        return Task.FromResult(stored.Id);
    }

    public Task UpdateAsync(WeeklyReturn weeklyReturn, IReadOnlyList<AuditEntry> audit)
    {
        Store(weeklyReturn);
        Writes.Add(("update", ReturnCopy.Of(weeklyReturn), audit));
        return Task.CompletedTask;
    }

    public Task AcceptAsync(WeeklyReturn weeklyReturn, ReturnSnapshot snapshot, IReadOnlyList<RegistryUpdate> registry, IReadOnlyList<AuditEntry> audit)
    {
        Store(weeklyReturn);
        Writes.Add(("accept", ReturnCopy.Of(weeklyReturn), audit));
        Accepted.Add((snapshot, registry));
        return Task.CompletedTask;
    }

    /// <summary>Stores a return as it stands (a test's starting point), giving it an id and version 1 when it has none.</summary>
    public WeeklyReturn Seed(WeeklyReturn weeklyReturn)
    {
        if (weeklyReturn.Id == 0)
            weeklyReturn.Id = _nextId++;
        if (weeklyReturn.Version == 0)
            weeklyReturn.Version = 1;
        _returns[weeklyReturn.Id] = ReturnCopy.Of(weeklyReturn);
        return ReturnCopy.Of(weeklyReturn);
    }

    private void Store(WeeklyReturn weeklyReturn)
    {
        if (!_returns.TryGetValue(weeklyReturn.Id, out var stored) || stored.Version != weeklyReturn.Version)
            throw new ConcurrencyConflictException(AuditEntities.WeeklyReturn, weeklyReturn.Id);
        weeklyReturn.Version++;
        _returns[weeklyReturn.Id] = ReturnCopy.Of(weeklyReturn);
    }

    public Task<IReadOnlyList<RegistryFacts>> ListRegistryFactsAsync(long subDistrictId) => Task.FromResult<IReadOnlyList<RegistryFacts>>([]);

    public Task<IReadOnlyList<ReturnSummary>> ListAsync(string scopePath, DateOnly from, DateOnly to) => Task.FromResult<IReadOnlyList<ReturnSummary>>([]);

    public Task<bool> MarkOverdueAsync(long subDistrictId, DateOnly weekEnding, OverdueMarking mark)
    {
        var existing = _returns.Values.FirstOrDefault(r => r.SubDistrictId == subDistrictId && r.WeekEnding == weekEnding);
        var stored = existing ?? new WeeklyReturn { Id = _nextId++, SubDistrictId = subDistrictId, WeekEnding = weekEnding, Version = 1 };
        _returns[stored.Id] = stored;
        Writes.Add(("mark-overdue", ReturnCopy.Of(stored), mark.AuditFor(stored.Id, created: existing is null)));
        return Task.FromResult(true);
    }

    public Task<IReadOnlyList<ReturnSnapshot>> ListSnapshotsAsync(long weeklyReturnId) => Task.FromResult<IReadOnlyList<ReturnSnapshot>>([]);

    public Task<IReadOnlyList<ReturnSnapshot>> ListCurrentSnapshotsAsync(string scopePath, DateOnly from, DateOnly to) => Task.FromResult<IReadOnlyList<ReturnSnapshot>>([]);
}

/// <summary>Estates and audit trails for the return workflow's reads (a restatement's withdrawals); nothing else.</summary>
public sealed class InMemoryEstatesAndTrails : IEstateRepository, IAuditRepository
{
    public Dictionary<long, Estate> Estates { get; } = [];
    public List<AuditEntry> Trail { get; } = [];

    public Task<Estate?> GetByIdAsync(long id) => Task.FromResult(Estates.GetValueOrDefault(id));

    public Task<IReadOnlyList<AuditEntry>> ListForEntityAsync(string entityType, long entityId, int max = 200) =>
        Task.FromResult<IReadOnlyList<AuditEntry>>(Trail.Where(e => e.EntityType == entityType && e.EntityId == entityId)
            .OrderByDescending(e => e.AtUtc).Take(max).ToList());

    public Task<long> ReadChangeStampAsync() => Task.FromResult((long)Trail.Count);
    public Task<PagedResult<Estate>> SearchAsync(EstateQuery query) => throw new NotSupportedException();
    public Task<IReadOnlyList<CommunityClassSubtotal>> SubtotalsByCommunityAsync(EstateQuery query) => throw new NotSupportedException();
    public Task<IReadOnlyList<SubDistrictClassSubtotal>> SubtotalsBySubDistrictAsync(EstateQuery query) => throw new NotSupportedException();
    /// <summary>What a create or import wrote: the estate with its new id, and its audit stamped with that id.</summary>
    public List<(Estate Estate, IReadOnlyList<AuditEntry> Audit)> Created { get; } = [];

    public Task<long> CreateAsync(Estate estate, IReadOnlyList<AuditEntry> audit)
    {
        estate.Id = 1000 + Created.Count;
        Estates[estate.Id] = estate;
        Created.Add((estate, AuditEntry.ForNewRow(audit, estate.Id)));
        return Task.FromResult(estate.Id);
    }

    public Task UpdateAsync(Estate estate, IReadOnlyList<AuditEntry> audit) => throw new NotSupportedException();

    public async Task<IReadOnlyList<long>> ImportAsync(EstateImport import)
    {
        var ids = new List<long>();
        foreach (var added in import.Added)
            ids.Add(await CreateAsync(added.Estate, added.Audit));
        return ids;
    }
    public Task<bool> IsImportConfirmedAsync(string key) => throw new NotSupportedException();
    public Task<IReadOnlyList<Estate>> ListAfterPathAsync(string scopePath, string? afterPath, int take) => throw new NotSupportedException();
}
