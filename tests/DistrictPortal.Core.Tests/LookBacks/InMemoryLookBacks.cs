using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.LookBacks;
using DistrictPortal.Core.Returns;

namespace DistrictPortal.Core.Tests.LookBacks;

/// <summary>The look-back store as a list, and the registry's struck-off estates as a dictionary a relapse writes to.</summary>
internal sealed class InMemoryLookBacks : ILookBackRepository, IStrikeOffEvidenceRepository
{
    public List<LookBack> Stored { get; } = [];
    public Dictionary<long, StruckOffEstate> StruckOff { get; } = [];
    public List<(RegistryUpdate? Relapse, IReadOnlyList<AuditEntry> Audit)> Writes { get; } = [];
    public Dictionary<ManagementMode, string> Rules { get; } = [];
    public List<IReadOnlyList<AuditEntry>> RuleWrites { get; } = [];

    public StruckOffEstate Strike(long id, DateOnly date, long subDistrictId = 3) =>
        StruckOff[id] = new StruckOffEstate
        {
            EstateId = id, EstateName = $"小区{id}", Path = $"/1/{subDistrictId}/9/{id}/", SubDistrictId = subDistrictId, StruckOffDate = date,
            Status = ManagementStatus.UnitSelfManaged, Mode = ManagementMode.CommunityTrusteeship, SixHaves = SixHaves.All,
        };

    public Task<long> AddAsync(LookBack lookBack, RegistryUpdate? relapse, IReadOnlyList<AuditEntry> audit)
    {
        if (relapse is not null)
        {
            if (!StruckOff.TryGetValue(relapse.EstateId, out var estate) || estate.StruckOffDate != lookBack.StruckOffDate)
                throw new ConcurrencyConflictException("Estate", relapse.EstateId);
            StruckOff.Remove(relapse.EstateId);
        }
        lookBack.Id = Stored.Count + 1;
        Stored.Add(lookBack);
        Writes.Add((relapse, AuditEntry.ForNewRow(audit, lookBack.Id)));
        return Task.FromResult(lookBack.Id);
    }

    public Task<LookBack?> GetByIdAsync(long id) => Task.FromResult(Stored.FirstOrDefault(l => l.Id == id));

    public Task<IReadOnlyList<LookBack>> ListByEstateAsync(long estateId) =>
        Task.FromResult<IReadOnlyList<LookBack>>(Stored.Where(l => l.EstateId == estateId).OrderByDescending(l => l.Date).ThenByDescending(l => l.Id).ToList());

    public Task<IReadOnlyList<LookBack>> ListInScopeAsync(string scopePath) =>
        Task.FromResult<IReadOnlyList<LookBack>>(Stored.Where(l => l.Path.StartsWith(scopePath, StringComparison.Ordinal)).ToList());

    public Task<IReadOnlyList<StruckOffEstate>> ListStruckOffInScopeAsync(string scopePath) =>
        Task.FromResult<IReadOnlyList<StruckOffEstate>>(StruckOff.Values.Where(e => e.Path.StartsWith(scopePath, StringComparison.Ordinal)).ToList());

    public Task<IReadOnlyList<StrikeOffEvidenceRule>> ListAsync() =>
        Task.FromResult<IReadOnlyList<StrikeOffEvidenceRule>>(Rules.Select(r => new StrikeOffEvidenceRule { Mode = r.Key, Document = r.Value }).ToList());

    public HashSet<long> WithEvidence { get; } = [];

    public Task<IReadOnlyList<long>> ListEstatesWithEvidenceAsync(string scopePath) => Task.FromResult<IReadOnlyList<long>>(WithEvidence.ToList());

    public Task SaveAsync(ManagementMode mode, string? document, IReadOnlyList<AuditEntry> audit)
    {
        if (document is null)
            Rules.Remove(mode);
        else
            Rules[mode] = document;
        RuleWrites.Add(audit);
        return Task.CompletedTask;
    }
}
