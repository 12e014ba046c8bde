namespace DistrictPortal.Core.Committees;

/// <summary>
/// 征求居民意见: one estate's written, per-household consultation on its management mode (P8), with the date its
/// hardware works were completed and accepted (硬件整治竣工接收), which starts the one-month consultation clock.
/// One row per estate; <see cref="Version"/> is 0 until the row exists.
/// </summary>
/// <remarks>
/// The consultation counts as held on its <see cref="EndDate"/>, when the ballots are closed and counted: before that
/// it has no outcome, and the one-month deadline is met only by an end date.
/// </remarks>
public sealed class ResidentConsultation
{
    public long EstateId { get; set; }
    /// <summary>Set by hand or by the retrofit programme when the estate's project is accepted.</summary>
    public DateOnly? WorksAcceptedOn { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    /// <summary>All households of the estate when consulted: the denominator of the half (not the ballots returned).</summary>
    public int Households { get; set; }
    public int BallotsReturned { get; set; }
    public int VotesForProfessional { get; set; }
    public int VotesForCommunityBased { get; set; }
    public long Version { get; set; }

    public bool IsHeld => EndDate is not null;

    public ConsultationOutcome Outcome => EndDate is null
        ? ConsultationOutcome.Pending
        : ConsultationRule.Outcome(Households, VotesForProfessional);

    public ResidentConsultation Copy() => (ResidentConsultation)MemberwiseClone();
}
