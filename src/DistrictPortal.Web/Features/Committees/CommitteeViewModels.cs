using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Committees;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;

namespace DistrictPortal.Web.Features.Committees;

public sealed class CommitteeListViewModel
{
    public required CommitteeListRequest Request { get; init; }
    public required CommitteeOverview Overview { get; init; }
    public required PagedResult<OverdueRow> Page { get; init; }
    /// <summary>
    /// The communities of the board's scope, in the tracks' order, for the filter and the counts by community; empty
    /// while the board spans several sub-districts (the city's 2,000 communities were 1.3 MB of the page: issue 19).
    /// </summary>
    public required IReadOnlyList<CommitteeCount> Communities { get; init; }
    /// <summary>The user's sub-districts for the sub-district filter; empty when the user's scope is one sub-district or less.</summary>
    public required IReadOnlyList<DistrictPortal.Core.Hierarchy.Node> SubDistricts { get; init; }
    public required string ScopeName { get; init; }
}

public sealed class CommitteeDetailViewModel
{
    public required Estate Estate { get; init; }
    public required CommitteeRecord Record { get; init; }
    public required CommitteeTrack Track { get; init; }
    public required IReadOnlyList<CommitteeAlert> Alerts { get; init; }
    public required IReadOnlyList<AuditEntry> Audit { get; init; }
    public required bool CanEdit { get; init; }
    public required DateOnly Today { get; init; }

    public ResidentConsultation? Consultation => Record.Consultation;
    public DateOnly? ConsultationDue => CommitteeDeadlines.ConsultationDue(Track);
    public DateOnly? MeetingDue => CommitteeDeadlines.MeetingDue(Track);
}

/// <summary>Any of the edit pages: the estate they are about, the form, and whether a stale version was refused.</summary>
public sealed class CommitteeEditViewModel<TForm>
{
    public required Estate Estate { get; init; }
    public required TForm Form { get; init; }
    /// <summary>The current term, for the committee and handover pages.</summary>
    public OwnersCommittee? Current { get; init; }
    public bool Conflict { get; set; }
}
