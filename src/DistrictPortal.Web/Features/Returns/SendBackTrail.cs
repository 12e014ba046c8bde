using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Returns;

namespace DistrictPortal.Web.Features.Returns;

/// <summary>
/// What the officer (and then the reviewer) needs after a send-back, read from the return's audit trail: the reasons the
/// reviewer put beside rows, and which rows and narratives changed since. Audit ids, not times, order the events: two
/// steps in the same second (or under a pinned clock) still come in the order they were written.
/// </summary>
public sealed class SendBackTrail
{
    public static SendBackTrail None { get; } = new();

    public AuditEntry? SentBack { get; private init; }
    /// <summary>Estate name → the reason given beside its row at the last send-back.</summary>
    public IReadOnlyDictionary<string, string> RowReasons { get; private init; } = new Dictionary<string, string>();
    /// <summary>Estate names, and return fields (e.g. "ProgressNarrative"), changed since the send-back.</summary>
    public IReadOnlySet<string> Changed { get; private init; } = new HashSet<string>();

    public bool IsActive => SentBack is not null;

    public static SendBackTrail From(IReadOnlyList<AuditEntry> audit)
    {
        var status = nameof(WeeklyReturn.Status);
        var sentBack = audit.Where(a => a.Field == status && a.NewValue == nameof(ReturnStatus.SentBack)).MaxBy(a => a.Id);
        // Accepted or reopened since: that send-back is settled history, shown in the audit trail only.
        if (sentBack is null || audit.Any(a => a.Id > sentBack.Id && a.Field == status
                && a.NewValue is nameof(ReturnStatus.Accepted) or nameof(ReturnStatus.Reopened)))
            return None;
        var since = audit.Where(a => a.Id > sentBack.Id && a.Field is not null).ToList();
        var reasonField = nameof(ReturnRow.ReviewReason);
        return new SendBackTrail
        {
            SentBack = sentBack,
            RowReasons = since
                .Where(a => a.UserId == sentBack.UserId && a.NewValue is not null && ReturnMessages.PropertyOf(a.Field!) == reasonField
                    && ReturnMessages.EstateOf(a.Field) is not null)
                .GroupBy(a => ReturnMessages.EstateOf(a.Field)!)
                .ToDictionary(g => g.Key, g => g.MinBy(a => a.Id)!.NewValue!),
            Changed = since
                .Where(a => ReturnMessages.PropertyOf(a.Field!) is not (nameof(ReturnRow.ReviewReason) or nameof(WeeklyReturn.Status)))
                .Select(a => ReturnMessages.EstateOf(a.Field) ?? a.Field!)
                .ToHashSet(),
        };
    }
}
