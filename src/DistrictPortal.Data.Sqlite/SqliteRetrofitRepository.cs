using Dapper;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Retrofit;
using Microsoft.Data.Sqlite;

namespace DistrictPortal.Data.Sqlite;

/// <summary>P8 retrofit on SQLite: programmes, area targets and works projects, each write audited in its transaction.</summary>
public sealed partial class SqliteRetrofitRepository(SqliteConnectionFactory connections) : IRetrofitRepository
{
    public const string ProgrammeEntity = AuditEntities.RetrofitProgramme;
    public const string TargetEntity = AuditEntities.AreaTarget;
    public const string ProjectEntity = RetrofitAudit.EntityType;

    // Merged estates come back as one comma-separated text, split in C#.
    private const string SelectProject = """
        SELECT p.Id, p.EstateId, p.Name, p.WorkItems, p.Area, p.Status, p.StartedDate, p.CompletedDate, p.AcceptedDate,
               p.Version, e.Name AS EstateName, e.Path AS EstatePath, e.ParentId AS CommunityId,
               (SELECT group_concat(m.EstateId) FROM RetrofitProjectEstate m WHERE m.ProjectId = p.Id) AS MergedIds
        FROM RetrofitProject p
        JOIN Node e ON e.Id = p.EstateId
        """;

    public async Task<IReadOnlyList<RetrofitProgramme>> ListProgrammesAsync()
    {
        await using var connection = await connections.OpenAsync();
        var rows = await connection.QueryAsync<RetrofitProgramme>(
            "SELECT Id, NodeId, Name, FirstYear, LastYear, Version FROM RetrofitProgramme ORDER BY FirstYear, Id");
        return rows.AsList();
    }

    public async Task<long> CreateProgrammeAsync(RetrofitProgramme programme, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(programme);
        var id = await WriteGuards.ForeignKeysAsArgumentErrors(ProgrammeEntity, () => connections.InTransactionAsync(async (c, t) =>
        {
            var newId = await c.ExecuteScalarAsync<long>(
                """
                INSERT INTO RetrofitProgramme (NodeId, Name, FirstYear, LastYear, Version)
                VALUES (@NodeId, @Name, @FirstYear, @LastYear, 1) RETURNING Id
                """,
                new { programme.NodeId, programme.Name, programme.FirstYear, programme.LastYear }, t);
            await AuditWriter.WriteAsync(c, t, AuditEntry.ForNewRow(audit, newId));
            return newId;
        }, nameof(RetrofitProgramme.Name)));
        programme.Id = id;
        return id;
    }

    public async Task<IReadOnlyList<AreaTarget>> ListTargetsAsync(long programmeId, int year)
    {
        await using var connection = await connections.OpenAsync();
        var rows = await connection.QueryAsync<AreaTarget>(
            """
            SELECT Id, ProgrammeId, NodeId, Label, Year, TargetArea, Version FROM AreaTarget
            WHERE ProgrammeId = @programmeId AND Year = @year
            ORDER BY NodeId IS NULL, NodeId, Id
            """,
            new { programmeId, year });
        return rows.AsList();
    }

    public async Task<long> SaveTargetAsync(AreaTarget target, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(target);
        var id = await WriteGuards.ForeignKeysAsArgumentErrors(TargetEntity, () => connections.InTransactionAsync(async (c, t) =>
        {
            if (target.Id == 0)
            {
                var newId = await c.ExecuteScalarAsync<long>(
                    """
                    INSERT INTO AreaTarget (ProgrammeId, NodeId, Label, Year, TargetArea, Version)
                    VALUES (@ProgrammeId, @NodeId, @Label, @Year, @TargetArea, 1) RETURNING Id
                    """,
                    new { target.ProgrammeId, target.NodeId, target.Label, target.Year, target.TargetArea }, t);
                await AuditWriter.WriteAsync(c, t, AuditEntry.ForNewRow(audit, newId));
                return newId;
            }
            var changed = await c.ExecuteAsync(
                "UPDATE AreaTarget SET TargetArea = @TargetArea, Version = Version + 1 WHERE Id = @Id AND Version = @Version",
                new { target.Id, target.Version, target.TargetArea }, t);
            if (changed != 1)
                throw new ConcurrencyConflictException(TargetEntity, target.Id);
            await AuditWriter.WriteAsync(c, t, audit);
            return target.Id;
        }, nameof(AreaTarget.Year)));
        target.Id = id;
        return id;
    }
}
