using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Standards;

namespace DistrictPortal.Core.Tests.Standards;

/// <summary>The standards (seeded as the plans set them) and the inspections as lists; a write keeps its audit.</summary>
internal sealed class InMemoryStandards : IServiceStandardRepository, IInspectionRepository
{
    public List<ServiceStandard> Standards { get; } = PlanStandards.All.ToList();
    public List<Inspection> Inspections { get; } = [];
    public List<IReadOnlyList<AuditEntry>> Writes { get; } = [];

    public Task<IReadOnlyList<ServiceStandard>> ListAsync() =>
        Task.FromResult<IReadOnlyList<ServiceStandard>>(Standards.Select(Copy).ToList());

    public Task UpdateAsync(ServiceStandard standard, long version, IReadOnlyList<AuditEntry> audit)
    {
        var index = Standards.FindIndex(s => s.Id == standard.Id);
        if (index < 0 || Standards[index].Version != version)
            throw new ConcurrencyConflictException(AuditEntities.ServiceStandard, standard.Id);
        var stored = Copy(standard);
        stored.Version = version + 1;
        Standards[index] = stored;
        Writes.Add(audit);
        return Task.CompletedTask;
    }

    public Task<long> AddAsync(Inspection inspection, IReadOnlyList<AuditEntry> audit)
    {
        inspection.Id = Inspections.Count + 1;
        foreach (var v in inspection.Values)
            v.InspectionId = inspection.Id;
        Inspections.Add(inspection);
        Writes.Add(AuditEntry.ForNewRow(audit, inspection.Id));
        return Task.FromResult(inspection.Id);
    }

    public Task<IReadOnlyList<Inspection>> ListByEstateAsync(long estateId) =>
        Task.FromResult<IReadOnlyList<Inspection>>(Inspections.Where(i => i.EstateId == estateId).OrderByDescending(i => i.Date).ThenByDescending(i => i.Id).ToList());

    public Task<IReadOnlyList<Inspection>> ListLatestInScopeAsync(string scopePath) =>
        Task.FromResult<IReadOnlyList<Inspection>>(Latest(scopePath));

    public Task<IReadOnlyList<InspectionValue>> ListLatestValuesInScopeAsync(string scopePath) =>
        Task.FromResult<IReadOnlyList<InspectionValue>>(Latest(scopePath).SelectMany(i => i.Values).ToList());

    private List<Inspection> Latest(string scopePath) => Inspections
        .Where(i => scopePath.Length > 0 && i.Path.StartsWith(scopePath, StringComparison.Ordinal))
        .GroupBy(i => i.EstateId)
        .Select(g => g.OrderByDescending(i => i.Date).ThenByDescending(i => i.Id).First())
        .ToList();

    private static ServiceStandard Copy(ServiceStandard s) => new()
    {
        Id = s.Id, Measure = s.Measure, Comparison = s.Comparison, Threshold = s.Threshold, Plan = s.Plan, Modes = s.Modes,
        IsActive = s.IsActive, Version = s.Version,
    };
}
