using System.Data;
using Dapper;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Retrofit;

namespace DistrictPortal.Data.Sqlite;

public sealed partial class SqliteRetrofitRepository
{
    public async Task<RetrofitProject?> GetProjectAsync(long id)
    {
        await using var connection = await connections.OpenAsync();
        var row = await connection.QuerySingleOrDefaultAsync<ProjectRow>($"{SelectProject} WHERE p.Id = @id", new { id });
        return row?.ToProject();
    }

    public async Task<IReadOnlyList<RetrofitProject>> ListProjectsAsync(string scopePath)
    {
        var (scopeFrom, scopeTo) = SqlFragments.ScopeRange(scopePath);
        await using var connection = await connections.OpenAsync();
        var rows = await connection.QueryAsync<ProjectRow>(
            $"{SelectProject} WHERE e.Path >= @scopeFrom AND e.Path < @scopeTo ORDER BY e.Path, p.Id", new { scopeFrom, scopeTo });
        return rows.Select(r => r.ToProject()).ToList();
    }

    public async Task<long> CreateProjectAsync(RetrofitProject project, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(project);
        var name = WriteGuards.Required(project.Name, nameof(project), "A project needs a name.");
        var id = await WriteGuards.ForeignKeysAsArgumentErrors(ProjectEntity, () => connections.InTransactionAsync(async (c, t) =>
        {
            await EnsureEstatesAsync(c, t, project);
            var newId = await c.ExecuteScalarAsync<long>(
                """
                INSERT INTO RetrofitProject (EstateId, Name, WorkItems, Area, Status, StartedDate, CompletedDate, AcceptedDate, Version)
                VALUES (@EstateId, @name, @WorkItems, @Area, @Status, @StartedDate, @CompletedDate, @AcceptedDate, 1)
                RETURNING Id
                """,
                new { project.EstateId, name, project.WorkItems, project.Area, project.Status, project.StartedDate, project.CompletedDate, project.AcceptedDate }, t);
            await SaveMergedAsync(c, t, newId, project.MergedEstateIds);
            await AuditWriter.WriteAsync(c, t, new AuditDiff(ProjectEntity, newId, context).Action(AuditActions.Create, newValue: name).Entries);
            return newId;
        }, nameof(RetrofitProject.Name)));
        project.Id = id;
        return id;
    }

    public Task UpdateProjectAsync(RetrofitProject project, ChangeContext context) =>
        UpdateProjectAsync(project, [], context);

    public Task AcceptProjectAsync(RetrofitProject project, IReadOnlyList<long> estateIds, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(project);
        if (project.AcceptedDate is null)
            throw new ArgumentException("An accepted project has its acceptance date.", nameof(project));
        return UpdateProjectAsync(project, estateIds, context);
    }

    /// <summary>The project, then the works-accepted date of each estate (an acceptance), all in one transaction.</summary>
    private Task UpdateProjectAsync(RetrofitProject project, IReadOnlyList<long> worksAcceptedEstates, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(worksAcceptedEstates);
        var name = WriteGuards.Required(project.Name, nameof(project), "A project needs a name.");
        return WriteGuards.ForeignKeysAsArgumentErrors(ProjectEntity, () => connections.InTransactionAsync(async (c, t) =>
        {
            var old = (await c.QuerySingleOrDefaultAsync<ProjectRow>($"{SelectProject} WHERE p.Id = @Id AND p.Version = @Version",
                new { project.Id, project.Version }, t))?.ToProject()
                ?? throw new ConcurrencyConflictException(ProjectEntity, project.Id);
            await EnsureEstatesAsync(c, t, project);
            await c.ExecuteAsync(
                """
                UPDATE RetrofitProject
                SET EstateId = @EstateId, Name = @name, WorkItems = @WorkItems, Area = @Area, Status = @Status,
                    StartedDate = @StartedDate, CompletedDate = @CompletedDate, AcceptedDate = @AcceptedDate, Version = Version + 1
                WHERE Id = @Id
                """,
                new { project.Id, project.EstateId, name, project.WorkItems, project.Area, project.Status, project.StartedDate, project.CompletedDate, project.AcceptedDate }, t);
            await c.ExecuteAsync("DELETE FROM RetrofitProjectEstate WHERE ProjectId = @Id", new { project.Id }, t);
            await SaveMergedAsync(c, t, project.Id, project.MergedEstateIds);
            await AuditWriter.WriteAsync(c, t, RetrofitAudit.Diff(old, project, name, context));
            foreach (var estateId in worksAcceptedEstates)
                await SqliteCommitteeRepository.RecordWorksAcceptedAsync(c, t, estateId, project.AcceptedDate!.Value, context);
            return 0;
        }, nameof(RetrofitProject.Name)));
    }

    /// <summary>Merged estates are estates of the lead estate's community (one management area), never the lead itself.</summary>
    private static async Task EnsureEstatesAsync(IDbConnection c, IDbTransaction t, RetrofitProject project)
    {
        var lead = await NodeStore.GetAsync(c, t, project.EstateId);
        if (lead is not { Level: NodeLevel.Estate })
            throw new ArgumentException($"Node {project.EstateId} is not an estate.", nameof(project));
        foreach (var merged in project.MergedEstateIds)
        {
            var estate = await NodeStore.GetAsync(c, t, merged);
            if (merged == lead.Id || estate is not { Level: NodeLevel.Estate } || estate.ParentId != lead.ParentId)
                throw new ArgumentException($"Estate {merged} cannot be merged with estate {lead.Id}: not another estate of its community.", nameof(project));
        }
    }

    private static Task SaveMergedAsync(IDbConnection c, IDbTransaction t, long projectId, IReadOnlyList<long> estateIds) =>
        c.ExecuteAsync("INSERT INTO RetrofitProjectEstate (ProjectId, EstateId) VALUES (@projectId, @estateId)",
            estateIds.Distinct().Select(estateId => new { projectId, estateId }), t);

    /// <summary>The read shape: Dapper fills a class with setters (SQLite hands dates back as text).</summary>
    private sealed class ProjectRow
    {
        public long Id { get; set; }
        public long EstateId { get; set; }
        public string Name { get; set; } = "";
        public RetrofitWorkItems WorkItems { get; set; }
        public decimal Area { get; set; }
        public RetrofitStatus Status { get; set; }
        public DateOnly? StartedDate { get; set; }
        public DateOnly? CompletedDate { get; set; }
        public DateOnly? AcceptedDate { get; set; }
        public long Version { get; set; }
        public string EstateName { get; set; } = "";
        public string EstatePath { get; set; } = "";
        public long CommunityId { get; set; }
        public string? MergedIds { get; set; }

        public RetrofitProject ToProject() => new()
        {
            Id = Id, EstateId = EstateId, Name = Name, WorkItems = WorkItems, Area = Area, Status = Status,
            StartedDate = StartedDate, CompletedDate = CompletedDate, AcceptedDate = AcceptedDate, Version = Version,
            EstateName = EstateName, EstatePath = EstatePath, CommunityId = CommunityId,
            MergedEstateIds = RetrofitAudit.ParseIds(MergedIds),
        };
    }
}
