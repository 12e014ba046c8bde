namespace DistrictPortal.Core.Committees;

/// <summary>Everything kept on one estate's committee track: the consultation (null when nothing recorded) and every committee term, current first.</summary>
public sealed record CommitteeRecord(long EstateId, ResidentConsultation? Consultation, IReadOnlyList<OwnersCommittee> Committees)
{
    public OwnersCommittee? Current => Committees.FirstOrDefault(c => c.IsCurrent);

    public IEnumerable<OwnersCommittee> History => Committees.Where(c => !c.IsCurrent);

    /// <summary>The flat track the deadlines are computed on, as the scope query returns it.</summary>
    public CommitteeTrack ToTrack(string estateName)
    {
        var c = Consultation;
        var current = Current;
        return new CommitteeTrack
        {
            EstateId = EstateId,
            EstateName = estateName,
            HardwareAcceptedDate = c?.WorksAcceptedOn,
            ConsultationDate = c?.EndDate,
            Households = c?.Households ?? 0,
            BallotsReturned = c?.BallotsReturned ?? 0,
            VotesForProfessional = c?.VotesForProfessional ?? 0,
            OwnersMeetingDate = current?.MeetingDate,
            CommitteeElectedDate = current?.MeetingDate,
            ChairName = current?.Chair?.Name,
            MemberCount = current?.Members.Count ?? 0,
            FilingDate = current?.FilingDate,
            TermEndDate = current?.TermEndDate,
            Version = c?.Version ?? 0,
        };
    }
}
