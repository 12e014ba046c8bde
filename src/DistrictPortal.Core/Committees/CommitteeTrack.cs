namespace DistrictPortal.Core.Committees;

/// <summary>
/// One estate's road from accepted hardware works to a filed owners' committee (P8, P9): 硬件整治竣工接收,
/// 征求意见 (households, ballots, votes for professional management), 业主大会 owners' meeting, 业主委员会 committee
/// elected (members, chair), 备案 filing with the sub-district (P9), and the committee's term end (换届).
/// </summary>
public sealed class CommitteeTrack
{
    public long EstateId { get; set; }
    public string EstateName { get; set; } = "";
    public DateOnly? HardwareAcceptedDate { get; set; }
    public DateOnly? ConsultationDate { get; set; }
    public int Households { get; set; }
    public int BallotsReturned { get; set; }
    public int VotesForProfessional { get; set; }
    public DateOnly? OwnersMeetingDate { get; set; }
    public DateOnly? CommitteeElectedDate { get; set; }
    public string? ChairName { get; set; }
    public int MemberCount { get; set; }
    public DateOnly? FilingDate { get; set; }
    public DateOnly? TermEndDate { get; set; }
    public long Version { get; set; }

    /// <summary>Pending until the consultation has a date.</summary>
    public ConsultationOutcome Outcome => ConsultationDate is null
        ? ConsultationOutcome.Pending
        : ConsultationRule.Outcome(Households, VotesForProfessional);
}
