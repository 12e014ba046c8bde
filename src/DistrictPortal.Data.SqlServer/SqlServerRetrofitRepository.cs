using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Retrofit;
using DistrictPortal.Data.SqlServer.Procedures;

namespace DistrictPortal.Data.SqlServer;

/// <summary>P8 retrofit on SQL Server: [dbo].[RetrofitProgramme_*], [dbo].[AreaTarget_*], [dbo].[RetrofitProject_*], each write audited.</summary>
public sealed class SqlServerRetrofitRepository(string connectionString) : IRetrofitRepository
{
    public const string ProgrammeEntity = AuditEntities.RetrofitProgramme;
    public const string TargetEntity = AuditEntities.AreaTarget;

    private readonly SqlServerDatabase _db = new(connectionString);

    public Task<IReadOnlyList<RetrofitProgramme>> ListProgrammesAsync() =>
        _db.ReadAsync(c => c.CallAsync(new RetrofitProgrammeReadAll()));

    public async Task<long> CreateProgrammeAsync(RetrofitProgramme programme, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(programme);
        var id = await _db.WriteAsync(async (c, t) =>
        {
            var newId = (await c.CallAsync(new RetrofitProgrammeCreate(programme.NodeId, programme.Name, programme.FirstYear, programme.LastYear), t)).Single();
            await AuditWriter.WriteAsync(c, t, AuditEntry.ForNewRow(audit, newId));
            return newId;
        }, e => SqlErrors.Translate(e, ProgrammeEntity, 0));
        programme.Id = id;
        return id;
    }

    public async Task<IReadOnlyList<AreaTarget>> ListTargetsAsync(long programmeId, int year)
    {
        var targets = await _db.ReadAsync(c => c.CallAsync(new AreaTargetReadByProgrammeIdYear(programmeId, year)));
        foreach (var target in targets)
            target.TargetArea = Decimals.Canonical(target.TargetArea);
        return targets;
    }

    public async Task<long> SaveTargetAsync(AreaTarget target, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(target);
        var id = await _db.WriteAsync(async (c, t) =>
        {
            if (target.Id == 0)
            {
                var newId = (await c.CallAsync(new AreaTargetCreate(target.ProgrammeId, target.NodeId, target.Label, target.Year, target.TargetArea), t)).Single();
                await AuditWriter.WriteAsync(c, t, AuditEntry.ForNewRow(audit, newId));
                return newId;
            }
            await c.CallAsync(new AreaTargetUpdate(target.Id, target.TargetArea, target.Version), t);
            await AuditWriter.WriteAsync(c, t, audit);
            return target.Id;
        }, e => SqlErrors.Translate(e, TargetEntity, target.Id, nameof(AreaTarget.Year), target.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        target.Id = id;
        return id;
    }

    public Task<RetrofitProject?> GetProjectAsync(long id) =>
        _db.ReadAsync(async c => (await c.CallAsync(new RetrofitProjectReadById(id))).SingleOrDefault()?.ToProject());

    public Task<IReadOnlyList<RetrofitProject>> ListProjectsAsync(string scopePath) =>
        _db.ReadAsync(async c => (IReadOnlyList<RetrofitProject>)(await c.CallAsync(new RetrofitProjectReadByScopePath(scopePath ?? ""))).Select(r => r.ToProject()).ToList());

    public async Task<long> CreateProjectAsync(RetrofitProject project, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(project);
        var id = await _db.WriteAsync(async (c, t) =>
        {
            var newId = (await c.CallAsync(RetrofitProjectCreate.From(project, project.Name), t)).Single();
            await AuditWriter.WriteAsync(c, t, AuditEntry.ForNewRow(audit, newId));
            return newId;
        }, e => SqlErrors.Translate(e, RetrofitAudit.EntityType, 0));
        project.Id = id;
        return id;
    }

    /// <summary>The project, then the works-accepted date of each estate of an acceptance, all in one transaction.</summary>
    public Task UpdateProjectAsync(RetrofitProject project, IReadOnlyList<AuditEntry> audit, WorksAcceptance? acceptance = null)
    {
        ArgumentNullException.ThrowIfNull(project);
        return _db.WriteAsync(async (c, t) =>
        {
            // The proc checks the version: an edit that landed since the workflow read the project is refused (50409).
            await c.CallAsync(RetrofitProjectUpdate.From(project, project.Name), t);
            await AuditWriter.WriteAsync(c, t, audit);
            foreach (var estateId in acceptance?.EstateIds ?? [])
                await SqlServerCommitteeRepository.RecordWorksAcceptedAsync(c, t, estateId, acceptance!.On);
        }, e => SqlErrors.Translate(e, RetrofitAudit.EntityType, project.Id));
    }
}
