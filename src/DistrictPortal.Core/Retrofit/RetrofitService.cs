using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;

namespace DistrictPortal.Core.Retrofit;

/// <summary>
/// Moves a project through its stages. Acceptance is the one place that says "the hardware works are completed and
/// accepted", which is what starts the committees' one-month consultation clock (P8).
/// </summary>
public sealed class RetrofitService(IRetrofitRepository repository)
{
    /// <summary>
    /// Accepts a completed (or in-works) project on <paramref name="acceptedDate"/>: the errors name the field and
    /// nothing is written when there are any. A stale <paramref name="expectedVersion"/> is a conflict.
    /// </summary>
    public async Task<IReadOnlyList<ValidationError>> AcceptAsync(
        RetrofitProject project, DateOnly acceptedDate, long expectedVersion, DateOnly today, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(project);
        if (project.Status == RetrofitStatus.Accepted)
            return [new(nameof(RetrofitProject.Status), "AlreadyAccepted")];
        if (project.Version != expectedVersion)
            throw new ConcurrencyConflictException("RetrofitProject", project.Id);

        var accepted = Copy(project);
        accepted.Status = RetrofitStatus.Accepted;
        accepted.StartedDate ??= acceptedDate;
        accepted.CompletedDate ??= acceptedDate;
        accepted.AcceptedDate = acceptedDate;
        var errors = RetrofitProjectValidator.Validate(accepted, today);
        if (errors.Count > 0)
            return errors;

        // The consultation clock of the lead estate and of every merged one runs from this date, written with the project.
        await repository.AcceptProjectAsync(accepted, accepted.MergedEstateIds.Prepend(accepted.EstateId).Distinct().ToList(), context);
        return [];
    }

    private static RetrofitProject Copy(RetrofitProject p) => new()
    {
        Id = p.Id, EstateId = p.EstateId, MergedEstateIds = p.MergedEstateIds, Name = p.Name, WorkItems = p.WorkItems,
        Area = p.Area, Status = p.Status, StartedDate = p.StartedDate, CompletedDate = p.CompletedDate,
        AcceptedDate = p.AcceptedDate, Version = p.Version, EstateName = p.EstateName, EstatePath = p.EstatePath,
        CommunityId = p.CommunityId,
    };
}
