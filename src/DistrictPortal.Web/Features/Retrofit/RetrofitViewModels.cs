using System.Globalization;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Retrofit;

namespace DistrictPortal.Web.Features.Retrofit;

/// <summary>The progress board of one node for one year, and the projects under it.</summary>
public sealed class RetrofitIndexViewModel
{
    public required int Year { get; init; }
    public required DateOnly AsOf { get; init; }
    public required RetrofitProgramme? Programme { get; init; }
    public required Node Node { get; init; }
    public required IReadOnlyList<Node> Lineage { get; init; }
    public required ProgressLine Total { get; init; }
    public required IReadOnlyList<ProgressLine> Lines { get; init; }
    public required PagedResult<RetrofitProject> Projects { get; init; }
    /// <summary>Projects on the page on an estate outside the programme's scope, flagged on the list.</summary>
    public IReadOnlySet<long> OutsideProgramme { get; init; } = new HashSet<long>();
    public required RetrofitStatus? Status { get; init; }
    public required bool CanEdit { get; init; }
    public required bool CanDrill { get; init; }
    public bool CanSetTargets { get; init; }

    public string Query(long? node = null, int? year = null) =>
        string.Create(CultureInfo.InvariantCulture, $"?year={year ?? Year}&node={node ?? Node.Id}");

    public string PageLink(int page) =>
        string.Create(CultureInfo.InvariantCulture, $"/retrofit{Query()}&status={Status}&page={page}");
}

public sealed class RetrofitDetailViewModel
{
    public required RetrofitProject Project { get; init; }
    public required IReadOnlyList<Node> MergedEstates { get; init; }
    public required IReadOnlyList<AuditEntry> Audit { get; init; }
    public required bool CanEdit { get; init; }
}

/// <summary>The create and edit form. Merged estates are typed as ids ("12, 15"): the estates of one community.</summary>
public sealed class RetrofitProjectForm
{
    public long Id { get; set; }
    public long Version { get; set; }
    public long EstateId { get; set; }
    public string? MergedEstateIds { get; set; }
    public string? Name { get; set; }
    public List<RetrofitWorkItems> WorkItems { get; set; } = [];
    public decimal? Area { get; set; }
    public RetrofitStatus Status { get; set; } = RetrofitStatus.Planned;
    public DateOnly? StartedDate { get; set; }
    public DateOnly? CompletedDate { get; set; }
    public DateOnly? AcceptedDate { get; set; }

    public IReadOnlyList<Node> Estates { get; set; } = [];
    public bool IsEdit => Id > 0;
    public bool Conflict { get; set; }

    public static RetrofitProjectForm From(RetrofitProject p) => new()
    {
        Id = p.Id, Version = p.Version, EstateId = p.EstateId, MergedEstateIds = RetrofitAudit.FormatIds(p.MergedEstateIds).Replace(",", ", ", StringComparison.Ordinal),
        Name = p.Name, WorkItems = Enum.GetValues<RetrofitWorkItems>().Where(f => f is not RetrofitWorkItems.None and not RetrofitWorkItems.All && p.WorkItems.HasFlag(f)).ToList(),
        Area = p.Area, Status = p.Status, StartedDate = p.StartedDate, CompletedDate = p.CompletedDate, AcceptedDate = p.AcceptedDate,
    };

    /// <summary>The ids typed, or null when one of them is not a number.</summary>
    public IReadOnlyList<long>? ParseMerged()
    {
        var ids = new List<long>();
        foreach (var part in (MergedEstateIds ?? "").Split([',', '，', '、', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!long.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                return null;
            ids.Add(id);
        }
        return ids.Distinct().ToList();
    }

    public RetrofitProject ToProject(RetrofitProject? existing, IReadOnlyList<long> merged) => new()
    {
        Id = Id, Version = Version, EstateId = EstateId, MergedEstateIds = merged, Name = Name?.Trim() ?? "",
        WorkItems = WorkItems.Aggregate(RetrofitWorkItems.None, (all, f) => all | f),
        Area = Area ?? 0m,
        // Acceptance has its own confirmation step; an edit keeps an accepted project accepted on its date.
        Status = existing?.Status == RetrofitStatus.Accepted ? RetrofitStatus.Accepted : Status,
        StartedDate = StartedDate, CompletedDate = CompletedDate,
        AcceptedDate = existing?.Status == RetrofitStatus.Accepted ? existing.AcceptedDate : null,
    };
}

public sealed class RetrofitAcceptViewModel
{
    public required RetrofitProject Project { get; init; }
    public DateOnly? AcceptedDate { get; set; }
    public bool Conflict { get; set; }
}
