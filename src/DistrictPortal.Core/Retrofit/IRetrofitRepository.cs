using DistrictPortal.Core.Auditing;

namespace DistrictPortal.Core.Retrofit;

/// <summary>Retrofit programmes, their area targets and the works projects. Every write is audited in its own transaction.</summary>
public interface IRetrofitRepository
{
    /// <summary>Oldest first.</summary>
    Task<IReadOnlyList<RetrofitProgramme>> ListProgrammesAsync();

    /// <summary>Sets <see cref="RetrofitProgramme.Id"/>.</summary>
    Task<long> CreateProgrammeAsync(RetrofitProgramme programme, ChangeContext context);

    /// <summary>Every target of the programme for the year: node rows by node id, then label rows in the order added.</summary>
    Task<IReadOnlyList<AreaTarget>> ListTargetsAsync(long programmeId, int year);

    /// <summary>
    /// Adds the target (Id 0) or changes its area when <see cref="AreaTarget.Version"/> still matches, otherwise
    /// <see cref="Common.ConcurrencyConflictException"/>. One target per programme, node (or label) and year.
    /// </summary>
    Task<long> SaveTargetAsync(AreaTarget target, ChangeContext context);

    /// <summary>The project with its lead estate's name and path; null when there is none.</summary>
    Task<RetrofitProject?> GetProjectAsync(long id);

    /// <summary>Projects whose lead estate lies under the scope, by estate path then id.</summary>
    Task<IReadOnlyList<RetrofitProject>> ListProjectsAsync(string scopePath);

    /// <summary>Creates the project and its merged estates; sets <see cref="RetrofitProject.Id"/>.</summary>
    Task<long> CreateProjectAsync(RetrofitProject project, ChangeContext context);

    /// <summary>
    /// Saves every editable field (merged estates replaced as a whole) when <see cref="RetrofitProject.Version"/>
    /// still matches, otherwise <see cref="Common.ConcurrencyConflictException"/> and nothing is written.
    /// </summary>
    Task UpdateProjectAsync(RetrofitProject project, ChangeContext context);

    /// <summary>
    /// <see cref="UpdateProjectAsync"/> of an accepted project and, in the same transaction, its acceptance date as the
    /// works-accepted date on the consultation of each of <paramref name="estateIds"/> (P8: the one-month clock starts
    /// with the acceptance or not at all). An unknown estate is an <see cref="ArgumentException"/> and nothing is written.
    /// </summary>
    Task AcceptProjectAsync(RetrofitProject project, IReadOnlyList<long> estateIds, ChangeContext context);
}
