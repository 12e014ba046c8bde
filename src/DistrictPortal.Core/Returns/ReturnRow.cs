using DistrictPortal.Core.Estates;

namespace DistrictPortal.Core.Returns;

/// <summary>
/// One estate on the sub-district's campaign list (清零台账) in one weekly return: how it is leaving the list (P11's
/// four ways), the six haves (六有), the milestones of P8 (征求意见 consultation → 业主大会 owners' meeting →
/// 业委会 committee elected → 物业合同 contract signed), whether it has been struck off (销号) and when, and what
/// is in the way.
/// </summary>
public sealed class ReturnRow
{
    public long WeeklyReturnId { get; set; }
    public long EstateId { get; set; }
    public string EstateName { get; set; } = "";
    public int Households { get; set; }
    public ManagementMode Mode { get; set; }
    public SixHaves SixHaves { get; set; }
    public DateOnly? ConsultationDate { get; set; }
    public DateOnly? OwnersMeetingDate { get; set; }
    public DateOnly? CommitteeElectedDate { get; set; }
    public DateOnly? ContractSignedDate { get; set; }
    public bool IsStruckOff { get; set; }
    public DateOnly? StruckOffDate { get; set; }
    /// <summary>困难问题: what blocks progress.</summary>
    public string? Blockers { get; set; }
    /// <summary>需区级协调事项: help asked of the district.</summary>
    public string? HelpAsked { get; set; }
    /// <summary>The reviewer's reason when the return was sent back because of this row; cleared on resubmission.</summary>
    public string? ReviewReason { get; set; }

    /// <summary>Milestones in the order P8 sets them, with the property names used in validation messages.</summary>
    public IEnumerable<(string Field, DateOnly? Date)> Milestones()
    {
        yield return (nameof(ConsultationDate), ConsultationDate);
        yield return (nameof(OwnersMeetingDate), OwnersMeetingDate);
        yield return (nameof(CommitteeElectedDate), CommitteeElectedDate);
        yield return (nameof(ContractSignedDate), ContractSignedDate);
    }

    public ReturnRow Clone() => (ReturnRow)MemberwiseClone();
}
