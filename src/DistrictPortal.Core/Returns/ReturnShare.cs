using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;

namespace DistrictPortal.Core.Returns;

/// <summary>What a community officer asks of its part: mark it done (已填报) or withdraw the mark.</summary>
public enum ShareAction
{
    MarkDone = 1,
    Withdraw = 2,
}

/// <summary>
/// The rules of the shared return (P11: 街道负责、社区落实). A community officer opens its own sub-district's return,
/// changes only its community's rows (never the narratives, never another community's row), and marks its part done;
/// it may withdraw the mark while the sub-district still holds the return. It never submits, accepts or sends back
/// (<see cref="Permissions.CanSubmitReturns"/>, <see cref="Permissions.CanReviewReturns"/>).
/// Submitting does not wait for every community: the sub-district answers for the whole return by Friday's deadline
/// (P11) and may have filled a community's rows itself (a community without an officer account can never mark), so a
/// missing mark is a warning listing the communities (<see cref="Outstanding"/>), not a refusal.
/// </summary>
public static class ReturnShare
{
    /// <summary>A posted row is another community's (args: estate name).</summary>
    public const string NotYourCommunity = "NotYourCommunity";
    /// <summary>The part is marked done: withdraw the mark before changing the rows again.</summary>
    public const string AlreadyDone = "AlreadyDone";
    /// <summary>Withdrawing a mark that is not there.</summary>
    public const string NotDone = "NotDone";
    /// <summary>The sub-district no longer holds the return (submitted or accepted; args: the status).</summary>
    public const string NotOpen = "NotOpen";
    /// <summary>Marking done before anything of the week was saved.</summary>
    public const string SaveFirst = "SaveFirst";
    /// <summary>Only a community officer marks a community's part.</summary>
    public const string NotForRole = "NotForRole";
    /// <summary>The part changed since the page was read (another officer of the community marked or withdrew).</summary>
    public const string Conflict = "Conflict";

    public const string PartField = "Community";

    /// <summary>
    /// The community whose rows the user fills in on <paramref name="subDistrict"/>'s return: a community officer whose
    /// scope is a community directly under that sub-district. Null for any other role or sub-district (the page is then
    /// out of scope: 404).
    /// </summary>
    public static long? CommunityOf(Role role, string scopePath, Node subDistrict)
    {
        ArgumentNullException.ThrowIfNull(subDistrict);
        if (role != Role.CommunityOfficer || subDistrict.Level != NodeLevel.SubDistrict
            || string.IsNullOrEmpty(scopePath) || !Scope.Contains(subDistrict.Path, scopePath))
            return null;
        var ids = Scope.Ids(scopePath);
        return ids.Count == Scope.Ids(subDistrict.Path).Count + 1 ? ids[^1] : null;
    }

    /// <summary>The estates of the community on the week's list (a community's name is unique among its siblings).</summary>
    public static IReadOnlySet<long> EstatesOf(ReturnContext context, string communityName)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Estates.Where(e => string.Equals(e.CommunityName, communityName, StringComparison.Ordinal))
            .Select(e => e.EstateId).ToHashSet();
    }

    /// <summary>
    /// Holds a community officer's edit to its own rows. Refused whole (nothing is saved) when it posts another
    /// community's row, or when the part is marked done. On success the narratives are the return's own, untouched:
    /// they are the sub-district's to write.
    /// </summary>
    public static DomainResult Restrict(ReturnEdit edit, WeeklyReturn working, IReadOnlySet<long> own, CommunityPart? part)
    {
        ArgumentNullException.ThrowIfNull(edit);
        ArgumentNullException.ThrowIfNull(working);
        ArgumentNullException.ThrowIfNull(own);
        var foreign = working.Rows.Where(r => edit.Rows.ContainsKey(r.EstateId) && !own.Contains(r.EstateId))
            .Select(r => new ValidationError(ReturnValidator.FieldOf(r.EstateId, nameof(ReturnRow.EstateId)), NotYourCommunity, r.EstateName))
            .ToList();
        if (foreign.Count > 0)
            return new DomainResult(foreign);
        if (part?.State == CommunityPartState.Done)
            return DomainResult.Refuse(PartField, AlreadyDone, part.CommunityName);
        edit.ProgressNarrative = working.ProgressNarrative;
        edit.ProblemsNarrative = working.ProblemsNarrative;
        edit.NextWeekPlan = working.NextWeekPlan;
        // Rows of estates not on the return are ignored by ReturnEdit.ApplyTo; dropping them keeps the audit honest.
        foreach (var id in edit.Rows.Keys.Where(id => !own.Contains(id)).ToList())
            edit.Rows.Remove(id);
        return DomainResult.Ok;
    }

    /// <summary>Whether <paramref name="role"/> may mark or withdraw the part now.</summary>
    public static DomainResult Decide(ShareAction action, Role role, ReturnContext context, CommunityPart? part, string communityName)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (role != Role.CommunityOfficer)
            return DomainResult.Refuse(PartField, NotForRole, role);
        if (context.Stored is null)
            return DomainResult.Refuse(PartField, action == ShareAction.MarkDone ? SaveFirst : NotDone, communityName);
        if (!context.IsEditable)
            return DomainResult.Refuse(PartField, NotOpen, context.Stored.Status);
        var done = part?.State == CommunityPartState.Done;
        return action switch
        {
            ShareAction.MarkDone when done => DomainResult.Refuse(PartField, AlreadyDone, communityName),
            ShareAction.Withdraw when !done => DomainResult.Refuse(PartField, NotDone, communityName),
            _ => DomainResult.Ok,
        };
    }

    /// <summary>The part after an allowed <paramref name="action"/>: who and when, or the mark taken off (the start kept).</summary>
    public static CommunityPart Apply(ShareAction action, CommunityPart? part, long weeklyReturnId, Node community, ReturnActor actor)
    {
        ArgumentNullException.ThrowIfNull(community);
        ArgumentNullException.ThrowIfNull(actor);
        var after = part?.Clone() ?? new CommunityPart { WeeklyReturnId = weeklyReturnId, CommunityId = community.Id, CommunityName = community.Name };
        if (action == ShareAction.MarkDone)
        {
            after.StartedUtc ??= actor.Change.AtUtc;
            after.StartedByName ??= actor.DisplayName;
            after.DoneUtc = actor.Change.AtUtc;
            after.DoneByUserId = actor.Change.UserId;
            after.DoneByName = actor.DisplayName;
        }
        else
        {
            after.DoneUtc = null;
            after.DoneByUserId = null;
            after.DoneByName = null;
        }
        return after;
    }

    /// <summary>The part once the community has first saved its rows (填报中); null when it had already started.</summary>
    public static CommunityPart? Started(CommunityPart? part, long weeklyReturnId, Node community, ReturnActor actor)
    {
        ArgumentNullException.ThrowIfNull(community);
        ArgumentNullException.ThrowIfNull(actor);
        if (part?.StartedUtc is not null)
            return null;
        var after = part?.Clone() ?? new CommunityPart { WeeklyReturnId = weeklyReturnId, CommunityId = community.Id, CommunityName = community.Name };
        after.StartedUtc = actor.Change.AtUtc;
        after.StartedByName = actor.DisplayName;
        return after;
    }

    /// <summary>The part's change in the return's own trail: "Communities[印盒石社区].State" 未开始 → 已填报.</summary>
    public static IReadOnlyList<AuditEntry> Audit(CommunityPart? before, CommunityPart after, ChangeContext change)
    {
        ArgumentNullException.ThrowIfNull(after);
        return new AuditDiff(ReturnAudit.EntityType, after.WeeklyReturnId, change)
            .Field($"Communities[{after.CommunityName}].State", before?.State ?? CommunityPartState.NotStarted, after.State)
            .Entries;
    }

    /// <summary>Every community with rows on the week's list, in name order, with its rows counted and its part.</summary>
    public static IReadOnlyList<CommunityShare> Of(ReturnContext context, IReadOnlyList<CommunityPart> parts)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(parts);
        var byName = parts.ToDictionary(p => p.CommunityName, StringComparer.Ordinal);
        return context.Estates.GroupBy(e => e.CommunityName, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CommunityShare(g.Key, g.Count(), byName.GetValueOrDefault(g.Key)))
            .ToList();
    }

    /// <summary>The communities not marked 已填报: the warning beside 提交 (submitting is still allowed).</summary>
    public static IReadOnlyList<string> Outstanding(IReadOnlyList<CommunityShare> shares)
    {
        ArgumentNullException.ThrowIfNull(shares);
        return shares.Where(s => s.State != CommunityPartState.Done).Select(s => s.CommunityName).ToList();
    }
}
