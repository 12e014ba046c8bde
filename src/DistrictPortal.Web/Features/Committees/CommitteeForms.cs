using System.ComponentModel.DataAnnotations;
using DistrictPortal.Core.Committees;

namespace DistrictPortal.Web.Features.Committees;

/// <summary>硬件整治竣工接收日期: the date that starts the one-month consultation clock.</summary>
public sealed class WorksForm
{
    public long Version { get; set; }
    [Display(Name = "Committees.Field.WorksAcceptedOn")] public DateOnly? WorksAcceptedOn { get; set; }

    public static WorksForm From(ResidentConsultation? c) => new() { Version = c?.Version ?? 0, WorksAcceptedOn = c?.WorksAcceptedOn };
}

/// <summary>征求意见: dates and counts as typed; the outcome is never typed, Core computes it.</summary>
public sealed class ConsultationForm
{
    public long Version { get; set; }
    [Display(Name = "Committees.Field.StartDate")] public DateOnly? StartDate { get; set; }
    [Display(Name = "Committees.Field.EndDate")] public DateOnly? EndDate { get; set; }
    [Display(Name = "Committees.Field.Households")] public int? Households { get; set; }
    [Display(Name = "Committees.Field.BallotsReturned")] public int? BallotsReturned { get; set; }
    [Display(Name = "Committees.Field.VotesForProfessional")] public int? VotesForProfessional { get; set; }
    [Display(Name = "Committees.Field.VotesForCommunityBased")] public int? VotesForCommunityBased { get; set; }

    public static ConsultationForm From(ResidentConsultation? c, int estateHouseholds) => new()
    {
        Version = c?.Version ?? 0,
        StartDate = c?.StartDate,
        EndDate = c?.EndDate,
        // A first consultation starts from the registry's households; the officer corrects it if the count has moved.
        Households = c is { Households: > 0 } ? c.Households : estateHouseholds,
        BallotsReturned = c?.BallotsReturned,
        VotesForProfessional = c?.VotesForProfessional,
        VotesForCommunityBased = c?.VotesForCommunityBased,
    };

    public ResidentConsultation ApplyTo(ResidentConsultation existing)
    {
        var c = existing.Copy();
        c.Version = Version;
        c.StartDate = StartDate;
        c.EndDate = EndDate;
        c.Households = Households ?? 0;
        c.BallotsReturned = BallotsReturned ?? 0;
        c.VotesForProfessional = VotesForProfessional ?? 0;
        c.VotesForCommunityBased = VotesForCommunityBased ?? 0;
        return c;
    }
}

public sealed class MemberForm
{
    public string? Name { get; set; }
    public string? Role { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Role);
}

/// <summary>One committee term: the first committee, an edit of the current one, or the successor at a handover (换届).</summary>
public sealed class CommitteeForm
{
    public const int BlankRows = 3;

    public long Version { get; set; }
    [Display(Name = "Committees.Field.MeetingDate")] public DateOnly? MeetingDate { get; set; }
    [Display(Name = "Committees.Field.FilingDate")] public DateOnly? FilingDate { get; set; }
    [Display(Name = "Committees.Field.TermEndDate")] public DateOnly? TermEndDate { get; set; }
    public List<MemberForm> Members { get; set; } = [];
    /// <summary>The row (index into <see cref="Members"/>) of the chair.</summary>
    [Display(Name = "Committees.Field.Chair")] public int? Chair { get; set; }
    /// <summary>A handover must be confirmed: it closes the current term for good.</summary>
    public bool Confirm { get; set; }

    public static CommitteeForm From(OwnersCommittee? c)
    {
        var form = new CommitteeForm
        {
            Version = c?.Version ?? 0,
            MeetingDate = c?.MeetingDate,
            FilingDate = c?.FilingDate,
            TermEndDate = c?.TermEndDate,
            Members = c?.Members.Select(m => new MemberForm { Name = m.Name, Role = m.Role }).ToList() ?? [],
        };
        if (c?.Members.FindIndex(m => m.IsChair) is >= 0 and var chair)
            form.Chair = chair;
        return form.WithBlankRows();
    }

    public CommitteeForm WithBlankRows()
    {
        while (Members.Count(m => m.IsBlank) < BlankRows && Members.Count < CommitteeValidator.MaxMembers)
            Members.Add(new MemberForm());
        return this;
    }

    /// <summary>
    /// The committee as Core validates it, blank rows left out; <paramref name="rowOf"/> maps each kept member back to
    /// the row it was typed in, so an error names that row.
    /// </summary>
    public OwnersCommittee ToCommittee(long estateId, long id, out IReadOnlyList<int> rowOf)
    {
        var kept = Members.Select((m, i) => (m, i)).Where(x => !x.m.IsBlank).ToList();
        rowOf = kept.Select(x => x.i).ToList();
        return new OwnersCommittee
        {
            Id = id,
            EstateId = estateId,
            Version = Version,
            MeetingDate = MeetingDate ?? default,
            FilingDate = FilingDate,
            TermEndDate = TermEndDate ?? default,
            Members = kept.Select(x => new CommitteeMember { Name = x.m.Name?.Trim() ?? "", Role = x.m.Role?.Trim() ?? "", IsChair = Chair == x.i }).ToList(),
        };
    }
}
