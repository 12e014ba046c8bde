using DistrictPortal.Core.Auditing;

namespace DistrictPortal.Core.Committees;

/// <summary>
/// The one thing the retrofit programme tells the committees: an estate's hardware works were accepted on a date,
/// which starts its one-month consultation clock (P8). Kept apart from <see cref="ICommitteeRepository"/> so
/// retrofit depends on this single call, not on the whole committee record.
/// </summary>
public interface IConsultationClock
{
    /// <summary>
    /// The acceptance of the estate's hardware works. Not version-checked, creates the consultation row when missing,
    /// and audits only a change, so calling it again with the same date is harmless. An unknown estate is an
    /// <see cref="ArgumentException"/>.
    /// </summary>
    Task RecordWorksAcceptedAsync(long estateId, DateOnly acceptedOn, ChangeContext context);
}
