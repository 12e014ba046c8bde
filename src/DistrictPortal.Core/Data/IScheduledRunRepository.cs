namespace DistrictPortal.Core.Data;

/// <summary>
/// One row per recurring job and schedule slot, claimed before the run starts: with several web servers each running
/// a job server, the one whose insert lands runs the slot and the others skip it (the primary key decides, in the
/// database all servers share).
/// </summary>
public interface IScheduledRunRepository
{
    /// <summary>
    /// True for the one caller that claims <paramref name="jobId"/>'s run of <paramref name="slotUtc"/>; false when
    /// another holder has it. Forgets claims older than <paramref name="forgetBeforeUtc"/>.
    /// </summary>
    Task<bool> TryClaimAsync(string jobId, DateTime slotUtc, string holder, DateTime claimedUtc, DateTime forgetBeforeUtc);

    /// <summary>Gives up a claim (the run failed), so that a retry on any server may claim the slot again.</summary>
    Task ReleaseAsync(string jobId, DateTime slotUtc, string holder);
}
