using System.Data;
using Dapper;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
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

    public async Task<long> CreateProjectAsync(RetrofitProject project, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(project);
        var id = await WriteGuards.ForeignKeysAsArgumentErrors(ProjectEntity, () => connections.InTransactionAsync(async (c, t) =>
        {
            var newId = await c.ExecuteScalarAsync<long>(
                """
                INSERT INTO RetrofitProject (EstateId, Name, WorkItems, Area, Status, StartedDate, CompletedDate, AcceptedDate, Version)
                VALUES (@EstateId, @Name, @WorkItems, @Area, @Status, @StartedDate, @CompletedDate, @AcceptedDate, 1)
                RETURNING Id
                """,
                new { project.EstateId, project.Name, project.WorkItems, project.Area, project.Status, project.StartedDate, project.CompletedDate, project.AcceptedDate }, t);
            await SaveMergedAsync(c, t, newId, project.MergedEstateIds);
            await AuditWriter.WriteAsync(c, t, AuditEntry.ForNewRow(audit, newId));
            return newId;
        }, nameof(RetrofitProject.Name)));
        project.Id = id;
        return id;
    }

    /// <summary>The project, then the works-accepted date of each estate of an acceptance, all in one transaction.</summary>
    public Task UpdateProjectAsync(RetrofitProject project, IReadOnlyList<AuditEntry> audit, WorksAcceptance? acceptance = null)
    {
        ArgumentNullException.ThrowIfNull(project);
        return WriteGuards.ForeignKeysAsArgumentErrors(ProjectEntity, () => connections.InTransactionAsync(async (c, t) =>
        {
            var changed = await c.ExecuteAsync(
                """
                UPDATE RetrofitProject
                SET EstateId = @EstateId, Name = @Name, WorkItems = @WorkItems, Area = @Area, Status = @Status,
                    StartedDate = @StartedDate, CompletedDate = @CompletedDate, AcceptedDate = @AcceptedDate, Version = Version + 1
                WHERE Id = @Id AND Version = @Version
                """,
                new { project.Id, project.Version, project.EstateId, project.Name, project.WorkItems, project.Area, project.Status, project.StartedDate, project.CompletedDate, project.AcceptedDate }, t);
            if (changed != 1)
                throw new ConcurrencyConflictException(ProjectEntity, project.Id);
            await c.ExecuteAsync("DELETE FROM RetrofitProjectEstate WHERE ProjectId = @Id", new { project.Id }, t);
            await SaveMergedAsync(c, t, project.Id, project.MergedEstateIds);
            await AuditWriter.WriteAsync(c, t, audit);
            foreach (var estateId in acceptance?.EstateIds ?? [])
                await SqliteCommitteeRepository.RecordWorksAcceptedAsync(c, t, estateId, acceptance!.On);
            return 0;
        }, nameof(RetrofitProject.Name)));
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
