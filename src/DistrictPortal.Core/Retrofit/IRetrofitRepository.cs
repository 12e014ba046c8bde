using DistrictPortal.Core.Auditing;

namespace DistrictPortal.Core.Retrofit;

/// <summary>
/// Retrofit programmes, their area targets and the works projects. Stores and reads only: the rules and the audit
/// entries are <see cref="RetrofitService"/>'s; each write stores its row and the entries it is given in one transaction
/// (a new row's entries, made with <see cref="AuditEntry.NewRow"/>, get the new id).
/// </summary>
public interface IRetrofitRepository
{
    /// <summary>Oldest first.</summary>
    Task<IReadOnlyList<RetrofitProgramme>> ListProgrammesAsync();

    /// <summary>Sets <see cref="RetrofitProgramme.Id"/>.</summary>
    Task<long> CreateProgrammeAsync(RetrofitProgramme programme, IReadOnlyList<AuditEntry> audit);

    /// <summary>Every target of the programme for the year: node rows by node id, then label rows in the order added.</summary>
    Task<IReadOnlyList<AreaTarget>> ListTargetsAsync(long programmeId, int year);

    /// <summary>
    /// Adds the target (Id 0) or changes its area when <see cref="AreaTarget.Version"/> still matches, otherwise
    /// <see cref="Common.ConcurrencyConflictException"/>. One target per programme, node (or label) and year.
    /// </summary>
    Task<long> SaveTargetAsync(AreaTarget target, IReadOnlyList<AuditEntry> audit);

    /// <summary>The project with its lead estate's name and path; null when there is none.</summary>
    Task<RetrofitProject?> GetProjectAsync(long id);

    /// <summary>Projects whose lead estate lies under the scope, by estate path then id.</summary>
    Task<IReadOnlyList<RetrofitProject>> ListProjectsAsync(string scopePath);

    /// <summary>Creates the project and its merged estates; sets <see cref="RetrofitProject.Id"/>.</summary>
    Task<long> CreateProjectAsync(RetrofitProject project, IReadOnlyList<AuditEntry> audit);

    /// <summary>
    /// Saves every editable field (merged estates replaced as a whole) when <see cref="RetrofitProject.Version"/>
    /// still matches, otherwise <see cref="Common.ConcurrencyConflictException"/> and nothing is written. An acceptance
    /// also writes, in the same transaction, its date as the works-accepted date on the consultation of each of
    /// <see cref="WorksAcceptance.EstateIds"/> (P8: the one-month clock starts with the acceptance or not at all); an
    /// unknown estate is an <see cref="ArgumentException"/> (a foreign key) and nothing is written.
    /// </summary>
    Task UpdateProjectAsync(RetrofitProject project, IReadOnlyList<AuditEntry> audit, WorksAcceptance? acceptance = null);
}

/// <summary>
/// What an acceptance starts besides the project's own change: the consultation clocks of these estates, from
/// <paramref name="On"/>. Their audit entries come with the project's, built in Core (<see cref="RetrofitService"/>).
/// </summary>
public sealed record WorksAcceptance(IReadOnlyList<long> EstateIds, DateOnly On);
