using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Retrofit;
using DistrictPortal.Data.SqlServer.Procedures;

namespace DistrictPortal.Data.SqlServer;

/// <summary>P8 retrofit on SQL Server: [dbo].[RetrofitProgramme_*], [dbo].[AreaTarget_*], [dbo].[RetrofitProject_*], each write audited.</summary>
public sealed class SqlServerRetrofitRepository(string connectionString) : IRetrofitRepository
{
    public const string ProgrammeEntity = "RetrofitProgramme";
    public const string TargetEntity = "AreaTarget";

    private readonly SqlServerDatabase _db = new(connectionString);

    public Task<IReadOnlyList<RetrofitProgramme>> ListProgrammesAsync() =>
        _db.ReadAsync(c => c.CallAsync(new RetrofitProgrammeReadAll()));

    public async Task<long> CreateProgrammeAsync(RetrofitProgramme programme, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(programme);
        var name = Required(programme.Name, "A programme needs a name.");
        if (programme.LastYear < programme.FirstYear)
            throw new ArgumentException("A programme ends no earlier than it starts.", nameof(programme));
        var id = await _db.WriteAsync(async (c, t) =>
        {
            var newId = (await c.CallAsync(new RetrofitProgrammeCreate(programme.NodeId, name, programme.FirstYear, programme.LastYear), t)).Single();
            await AuditWriter.WriteAsync(c, t, new AuditDiff(ProgrammeEntity, newId, context).Action(AuditActions.Create, newValue: name).Entries);
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

    public async Task<long> SaveTargetAsync(AreaTarget target, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(target);
        if ((target.NodeId is null) == string.IsNullOrWhiteSpace(target.Label))
            throw new ArgumentException("A target is for a node or for a label, not both.", nameof(target));
        if (target.TargetArea < 0)
            throw new ArgumentException("A target area is not negative.", nameof(target));
        var label = target.Label?.Trim();
        var id = await _db.WriteAsync(async (c, t) =>
        {
            if (target.Id == 0)
            {
                var newId = (await c.CallAsync(new AreaTargetCreate(target.ProgrammeId, target.NodeId, label, target.Year, target.TargetArea), t)).Single();
                await AuditWriter.WriteAsync(c, t, new AuditDiff(TargetEntity, newId, context)
                    .Action(AuditActions.Create, nameof(AreaTarget.TargetArea), null, target.TargetArea.ToString(System.Globalization.CultureInfo.InvariantCulture)).Entries);
                return newId;
            }
            var old = (await c.CallAsync(new AreaTargetUpdate(target.Id, target.TargetArea, target.Version), t)).Single();
            await AuditWriter.WriteAsync(c, t, new AuditDiff(TargetEntity, target.Id, context)
                .Field(nameof(AreaTarget.TargetArea), Decimals.Canonical(old), target.TargetArea).Entries);
            return target.Id;
        }, e => SqlErrors.Translate(e, TargetEntity, target.Id, nameof(AreaTarget.Year), target.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        target.Id = id;
        return id;
    }

    public Task<RetrofitProject?> GetProjectAsync(long id) =>
        _db.ReadAsync(async c => (await c.CallAsync(new RetrofitProjectReadById(id))).SingleOrDefault()?.ToProject());

    public Task<IReadOnlyList<RetrofitProject>> ListProjectsAsync(string scopePath) =>
        _db.ReadAsync(async c => (IReadOnlyList<RetrofitProject>)(await c.CallAsync(new RetrofitProjectReadByScopePath(scopePath ?? ""))).Select(r => r.ToProject()).ToList());

    public async Task<long> CreateProjectAsync(RetrofitProject project, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(project);
        var name = Required(project.Name, "A project needs a name.");
        var id = await _db.WriteAsync(async (c, t) =>
        {
            var newId = (await c.CallAsync(RetrofitProjectCreate.From(project, name), t)).Single();
            await AuditWriter.WriteAsync(c, t, new AuditDiff(RetrofitAudit.EntityType, newId, context).Action(AuditActions.Create, newValue: name).Entries);
            return newId;
        }, e => SqlErrors.Translate(e, RetrofitAudit.EntityType, 0));
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
        var name = Required(project.Name, "A project needs a name.");
        return _db.WriteAsync(async (c, t) =>
        {
            var old = (await c.CallAsync(new RetrofitProjectReadById(project.Id), t)).SingleOrDefault()?.ToProject()
                ?? throw new ConcurrencyConflictException(RetrofitAudit.EntityType, project.Id);
            // The proc re-checks the version, so an edit that lands between this read and the update is refused.
            await c.CallAsync(RetrofitProjectUpdate.From(project, name), t);
            await AuditWriter.WriteAsync(c, t, RetrofitAudit.Diff(old, project, name, context));
            foreach (var estateId in worksAcceptedEstates)
                await SqlServerCommitteeRepository.RecordWorksAcceptedAsync(c, t, estateId, project.AcceptedDate!.Value, context);
        }, e => SqlErrors.Translate(e, RetrofitAudit.EntityType, project.Id));
    }

    private static string Required(string? value, string message) =>
        value?.Trim() is { Length: > 0 } trimmed ? trimmed : throw new ArgumentException(message);
}
