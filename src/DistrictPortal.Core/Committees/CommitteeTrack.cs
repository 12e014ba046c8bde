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
    public long CommunityId { get; set; }
    public string CommunityName { get; set; } = "";
    public long SubDistrictId { get; set; }
    public string SubDistrictName { get; set; } = "";
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

    /// <summary>
    /// The estate needs an owners' committee when its consultation chose professional management: P8 then has the
    /// owners' general meeting elect one within two months. An estate that already has a committee needed one too,
    /// whatever its consultation said (a committee elected before the campaign, or for 业委会自管), so
    /// "formed" never exceeds "need one". A community-based outcome needs none (P8: 社区化管理).
    /// </summary>
    public bool NeedsCommittee => Outcome == ConsultationOutcome.Professional || HasCommittee;

    public bool HasCommittee => CommitteeElectedDate is not null;

    /// <summary>Pending until the consultation has a date.</summary>
    public ConsultationOutcome Outcome => ConsultationDate is null
        ? ConsultationOutcome.Pending
        : ConsultationRule.Outcome(Households, VotesForProfessional);
}
