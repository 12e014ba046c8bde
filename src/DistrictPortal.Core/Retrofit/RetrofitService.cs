using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Committees;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Hierarchy;

namespace DistrictPortal.Core.Retrofit;

/// <summary>
/// The retrofit workflows: a project created, edited and accepted, a programme created, an area target set. Each one
/// validates, decides, builds its audit entries and calls the repository once; a refusal names the field and writes
/// nothing. Acceptance is the one place that says "the hardware works are completed and accepted", which is what
/// starts the committees' one-month consultation clock (P8).
/// </summary>
public sealed class RetrofitService(IRetrofitRepository repository, INodeRepository nodes, ICommitteeRepository committees)
{
    public async Task<DomainResult<long>> CreateProjectAsync(RetrofitProject project, DateOnly today, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(project);
        var errors = await ValidateAsync(project, existing: null, today);
        if (errors.Count > 0)
            return DomainResult<long>.From(errors);
        project.Name = project.Name.Trim();
        return DomainResult<long>.Done(await repository.CreateProjectAsync(project, RetrofitAudit.Created(project, context)));
    }

    /// <summary>
    /// Saves an edit of every field but the acceptance (that is <see cref="AcceptAsync"/>). A project that is gone or was
    /// changed since <paramref name="expectedVersion"/> was read is a <see cref="ConcurrencyConflictException"/>.
    /// </summary>
    public async Task<DomainResult> UpdateProjectAsync(RetrofitProject project, long expectedVersion, DateOnly today, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(project);
        var existing = await repository.GetProjectAsync(project.Id);
        if (existing is null || existing.Version != expectedVersion)
            throw new ConcurrencyConflictException(AuditEntities.RetrofitProject, project.Id);
        var errors = await ValidateAsync(project, existing, today);
        if (errors.Count > 0)
            return DomainResult.From(errors);
        project.Name = project.Name.Trim();
        project.Version = expectedVersion;
        await repository.UpdateProjectAsync(project, RetrofitAudit.Diff(existing, project, project.Name, context));
        return DomainResult.Ok;
    }

    /// <summary>
    /// Accepts a completed (or in-works) project on <paramref name="acceptedDate"/>: the errors name the field and
    /// nothing is written when there are any. A stale <paramref name="expectedVersion"/> is a conflict.
    /// </summary>
    public async Task<DomainResult> AcceptAsync(
        RetrofitProject project, DateOnly acceptedDate, long expectedVersion, DateOnly today, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(project);
        if (project.Status == RetrofitStatus.Accepted)
            return DomainResult.Refuse(nameof(RetrofitProject.Status), ValidationCodes.AlreadyAccepted);
        if (project.Version != expectedVersion)
            throw new ConcurrencyConflictException(AuditEntities.RetrofitProject, project.Id);

        var accepted = Copy(project);
        accepted.Status = RetrofitStatus.Accepted;
        accepted.StartedDate ??= acceptedDate;
        accepted.CompletedDate ??= acceptedDate;
        accepted.AcceptedDate = acceptedDate;
        var errors = RetrofitProjectValidator.Validate(accepted, today);
        if (errors.Count > 0)
            return DomainResult.From(errors);

        // The consultation clock of the lead estate and of every merged one runs from this date, written with the project;
        // each consultation's trail shows the date it gains (nothing where it already had it).
        var estateIds = accepted.MergedEstateIds.Prepend(accepted.EstateId).Distinct().ToList();
        var audit = new List<AuditEntry>(RetrofitAudit.Diff(project, accepted, accepted.Name, context));
        foreach (var estateId in estateIds)
            audit.AddRange(CommitteeAudit.WorksAccepted((await committees.GetRecordAsync(estateId)).Consultation, estateId, acceptedDate, context));
        await repository.UpdateProjectAsync(accepted, audit, new WorksAcceptance(estateIds, acceptedDate));
        return DomainResult.Ok;
    }

    public async Task<DomainResult<long>> CreateProgrammeAsync(RetrofitProgramme programme, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(programme);
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(programme.Name))
            errors.Add(new(nameof(RetrofitProgramme.Name), ValidationCodes.Required));
        else if (programme.Name.Trim().Length > RetrofitProjectValidator.MaxNameLength)
            errors.Add(new(nameof(RetrofitProgramme.Name), ValidationCodes.TooLong, RetrofitProjectValidator.MaxNameLength));
        if (programme.LastYear < programme.FirstYear)
            errors.Add(new(nameof(RetrofitProgramme.LastYear), ValidationCodes.EndsBeforeStart));
        if (errors.Count > 0)
            return DomainResult<long>.From(errors);
        programme.Name = programme.Name.Trim();
        return DomainResult<long>.Done(await repository.CreateProgrammeAsync(programme, RetrofitAudit.Created(programme, context)));
    }

    /// <summary>
    /// Adds a target (Id 0) or changes its area. The target being changed must still have
    /// <see cref="AreaTarget.Version"/>, otherwise <see cref="ConcurrencyConflictException"/>.
    /// </summary>
    public async Task<DomainResult<long>> SetTargetAsync(AreaTarget target, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(target);
        var errors = new List<ValidationError>();
        if ((target.NodeId is null) == string.IsNullOrWhiteSpace(target.Label))
            errors.Add(new(nameof(AreaTarget.Label), ValidationCodes.NodeOrLabel));
        if (target.TargetArea < 0)
            errors.Add(new(nameof(AreaTarget.TargetArea), ValidationCodes.NotNegative));
        else if (FieldLimits.TargetArea.Check(nameof(AreaTarget.TargetArea), target.TargetArea) is { } limit)
            errors.Add(limit);
        if (errors.Count > 0)
            return DomainResult<long>.From(errors);
        target.Label = target.Label?.Trim();

        AreaTarget? old = null;
        if (target.Id != 0)
        {
            old = (await repository.ListTargetsAsync(target.ProgrammeId, target.Year)).FirstOrDefault(t => t.Id == target.Id);
            if (old is null || old.Version != target.Version)
                throw new ConcurrencyConflictException(AuditEntities.AreaTarget, target.Id);
        }
        var audit = RetrofitAudit.Target(old, target, context);
        return DomainResult<long>.Done(await repository.SaveTargetAsync(target, audit));
    }

    /// <summary>The project's own rules, then those that need the hierarchy: the lead is an estate, merged ones its community's.</summary>
    private async Task<IReadOnlyList<ValidationError>> ValidateAsync(RetrofitProject project, RetrofitProject? existing, DateOnly today)
    {
        var errors = RetrofitProjectValidator.Validate(project, today).ToList();
        // Acceptance starts the consultation clocks, so it is never a status typed into the form.
        if (existing?.Status != RetrofitStatus.Accepted && project.Status == RetrofitStatus.Accepted
            && errors.All(e => e.Field != nameof(RetrofitProject.Status)))
            errors.Add(new(nameof(RetrofitProject.Status), ValidationCodes.AcceptThroughConfirmation));
        if (project.EstateId <= 0)
            return errors;

        var lead = await nodes.GetByIdAsync(project.EstateId);
        if (lead is not { Level: NodeLevel.Estate })
        {
            errors.Add(new(nameof(RetrofitProject.EstateId), ValidationCodes.NotAnEstate));
            return errors;
        }
        foreach (var mergedId in project.MergedEstateIds.Distinct())
        {
            var merged = mergedId == lead.Id ? null : await nodes.GetByIdAsync(mergedId);
            if (merged is not { Level: NodeLevel.Estate } || merged.ParentId != lead.ParentId)
            {
                errors.Add(new(nameof(RetrofitProject.MergedEstateIds), ValidationCodes.MergedElsewhere));
                break;
            }
        }
        return errors;
    }

    private static RetrofitProject Copy(RetrofitProject p) => new()
    {
        Id = p.Id, EstateId = p.EstateId, MergedEstateIds = p.MergedEstateIds, Name = p.Name, WorkItems = p.WorkItems,
        Area = p.Area, Status = p.Status, StartedDate = p.StartedDate, CompletedDate = p.CompletedDate,
        AcceptedDate = p.AcceptedDate, Version = p.Version, EstateName = p.EstateName, EstatePath = p.EstatePath,
        CommunityId = p.CommunityId,
    };
}
