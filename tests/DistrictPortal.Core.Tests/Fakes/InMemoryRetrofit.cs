using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Retrofit;

namespace DistrictPortal.Core.Tests.Fakes;

/// <summary>Programmes, targets and projects in memory; records each write with its audit entries. It decides nothing.</summary>
public sealed class InMemoryRetrofit : IRetrofitRepository
{
    private readonly Dictionary<long, RetrofitProject> _projects = [];
    private readonly List<AreaTarget> _targets = [];
    private long _nextId = 100;

    public List<(string Write, long Id, IReadOnlyList<AuditEntry> Audit)> Writes { get; } = [];
    public List<(RetrofitProject Project, IReadOnlyList<long> WorksAccepted)> Accepted { get; } = [];

    public void Add(RetrofitProject project) => _projects[project.Id] = project;

    public Task<IReadOnlyList<RetrofitProgramme>> ListProgrammesAsync() => Task.FromResult<IReadOnlyList<RetrofitProgramme>>([]);

    public Task<long> CreateProgrammeAsync(RetrofitProgramme programme, IReadOnlyList<AuditEntry> audit) =>
        Task.FromResult(Written("programme", programme.Id = _nextId++, audit));

    public Task<IReadOnlyList<AreaTarget>> ListTargetsAsync(long programmeId, int year) =>
        Task.FromResult<IReadOnlyList<AreaTarget>>(_targets.Where(t => t.ProgrammeId == programmeId && t.Year == year).ToList());

    public Task<long> SaveTargetAsync(AreaTarget target, IReadOnlyList<AuditEntry> audit)
    {
        if (target.Id == 0)
        {
            target.Id = _nextId++;
            _targets.Add(new AreaTarget { Id = target.Id, ProgrammeId = target.ProgrammeId, NodeId = target.NodeId, Label = target.Label, Year = target.Year, TargetArea = target.TargetArea, Version = 1 });
        }
        else
        {
            var stored = _targets.Single(t => t.Id == target.Id);
            stored.TargetArea = target.TargetArea;
            stored.Version++;
        }
        return Task.FromResult(Written("target", target.Id, audit));
    }

    public Task<RetrofitProject?> GetProjectAsync(long id) => Task.FromResult(_projects.GetValueOrDefault(id));

    public Task<IReadOnlyList<RetrofitProject>> ListProjectsAsync(string scopePath) => throw new NotSupportedException();

    public Task<long> CreateProjectAsync(RetrofitProject project, IReadOnlyList<AuditEntry> audit)
    {
        project.Id = _nextId++;
        _projects[project.Id] = project;
        return Task.FromResult(Written("create", project.Id, audit));
    }

    public Task UpdateProjectAsync(RetrofitProject project, IReadOnlyList<AuditEntry> audit, WorksAcceptance? acceptance = null)
    {
        if (acceptance is not null)
        {
            Accepted.Add((project, acceptance.EstateIds));
            Written("accept", project.Id, audit);
            return Task.CompletedTask;
        }
        if (!_projects.TryGetValue(project.Id, out var stored) || stored.Version != project.Version)
            throw new ConcurrencyConflictException(AuditEntities.RetrofitProject, project.Id);
        _projects[project.Id] = new RetrofitProject
        {
            Id = project.Id, EstateId = project.EstateId, MergedEstateIds = project.MergedEstateIds, Name = project.Name,
            WorkItems = project.WorkItems, Area = project.Area, Status = project.Status, StartedDate = project.StartedDate,
            CompletedDate = project.CompletedDate, AcceptedDate = project.AcceptedDate, Version = project.Version + 1,
        };
        Written("update", project.Id, audit);
        return Task.CompletedTask;
    }

    private long Written(string write, long id, IReadOnlyList<AuditEntry> audit)
    {
        Writes.Add((write, id, AuditEntry.ForNewRow(audit, id)));
        return id;
    }
}
