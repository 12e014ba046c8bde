using System.Globalization;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Core.Returns;

namespace DistrictPortal.Core.Accountability;

/// <summary>What the office may name as a case's grounds: the sub-district's orders and its returns marked overdue.</summary>
public sealed record AccountabilityGroundsOffered(Node SubDistrict, IReadOnlyList<SupervisionOrder> Orders, IReadOnlyList<ReturnSummary> MissedReturns);

/// <summary>The office's form, before the rules have looked at it.</summary>
public sealed class AccountabilityDraft
{
    public long UnitNodeId { get; set; }
    public string? PersonName { get; set; }
    public string? PersonPost { get; set; }
    public string? Reason { get; set; }
    public AccountabilityDecision? Decision { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public string? DecidedBy { get; set; }
    public IReadOnlyList<long> OrderIds { get; set; } = [];
    public IReadOnlyList<long> ReturnIds { get; set; } = [];
}

/// <summary>
/// 追责 cases (issue 16, P5/P11): the unit is a sub-district or a community; the grounds are picked from that
/// sub-district's 督办 orders and its returns the deadline job marked overdue (in the last <see cref="GroundsWeeks"/>
/// weeks), never typed; the decision date is not in the future; a 通报批评 takes the next number of its year. Audited.
/// </summary>
public sealed class AccountabilityService(
    IAccountabilityRepository cases, INodeRepository nodes, ISupervisionOrderRepository orders, IWeeklyReturnRepository returns)
{
    public const int MaxReasonLength = 600;   // the 通报 is one page
    public const int MaxNameLength = 50;
    public const int MaxDecidedByLength = 60;
    public const int GroundsWeeks = 26;

    /// <summary>The unit's sub-district and what may be named as grounds; null when the node is no unit (not a sub-district or community).</summary>
    public async Task<AccountabilityGroundsOffered?> GroundsAsync(long unitNodeId, DateOnly today)
    {
        if (await nodes.GetByIdAsync(unitNodeId) is not { Level: NodeLevel.SubDistrict or NodeLevel.Community }
            || (await nodes.GetLineageAsync(unitNodeId)).FirstOrDefault(n => n.Level == NodeLevel.SubDistrict) is not { } subDistrict)
            return null;
        var from = today.AddDays(-7 * GroundsWeeks);
        var missed = (await returns.ListAsync(subDistrict.Path, from, today))
            .Where(r => r.SubDistrictId == subDistrict.Id && r.MarkedOverdueUtc is not null)
            .OrderByDescending(r => r.WeekEnding).ToList();
        var ordersOfSub = (await orders.ListAsync(subDistrict.Path)).Where(o => o.SubDistrictId == subDistrict.Id).ToList();
        return new AccountabilityGroundsOffered(subDistrict, ordersOfSub, missed);
    }

    public async Task<DomainResult<long>> CreateAsync(AccountabilityDraft draft, DateOnly today, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(context);
        var errors = new List<ValidationError>();
        var offered = await GroundsAsync(draft.UnitNodeId, today);
        var unit = offered is null ? null : await nodes.GetByIdAsync(draft.UnitNodeId);
        if (unit is null || unit.IsRetired)
            errors.Add(new(nameof(AccountabilityDraft.UnitNodeId), ValidationCodes.NotFound));
        Line(errors, nameof(AccountabilityDraft.PersonName), draft.PersonName, MaxNameLength, required: false);
        Line(errors, nameof(AccountabilityDraft.PersonPost), draft.PersonPost, MaxNameLength, required: false);
        if (!string.IsNullOrWhiteSpace(draft.PersonPost) && string.IsNullOrWhiteSpace(draft.PersonName))
            errors.Add(new(nameof(AccountabilityDraft.PersonName), ValidationCodes.Required));
        if (string.IsNullOrWhiteSpace(draft.Reason))
            errors.Add(new(nameof(AccountabilityDraft.Reason), ValidationCodes.Required));
        else if (draft.Reason.Trim().Length > MaxReasonLength)
            errors.Add(new(nameof(AccountabilityDraft.Reason), ValidationCodes.TooLong, MaxReasonLength));
        if (draft.Decision is not { } decision || !Enum.IsDefined(decision))
            errors.Add(new(nameof(AccountabilityDraft.Decision), ValidationCodes.Required));
        if (draft.DecidedOn is not { } decidedOn)
            errors.Add(new(nameof(AccountabilityDraft.DecidedOn), ValidationCodes.Required));
        else if (decidedOn > today)
            errors.Add(new(nameof(AccountabilityDraft.DecidedOn), ValidationCodes.NotInFuture));
        else if (decidedOn < today.AddYears(-1))
            errors.Add(new(nameof(AccountabilityDraft.DecidedOn), ValidationCodes.NotBefore, today.AddYears(-1)));
        Line(errors, nameof(AccountabilityDraft.DecidedBy), draft.DecidedBy, MaxDecidedByLength, required: true);
        var grounds = offered is null ? [] : Grounds(draft, offered, errors);
        if (errors.Count > 0)
            return DomainResult<long>.From(errors);

        var record = new AccountabilityCase
        {
            UnitNodeId = unit!.Id, UnitName = unit.Name, UnitPath = unit.Path,
            PersonName = Trimmed(draft.PersonName), PersonPost = Trimmed(draft.PersonPost),
            Reason = TextRule.CleanNarrative(draft.Reason!.Trim())!, Decision = draft.Decision!.Value, DecidedOn = draft.DecidedOn!.Value,
            DecidedBy = draft.DecidedBy!.Trim(), CreatedUtc = context.AtUtc, CreatedByName = context.UserName, Grounds = grounds,
        };
        if (record.IsPublicCriticism)
        {
            record.IssueYear = record.DecidedOn.Year;
            record.IssueNo = await cases.MaxIssueNoAsync(record.DecidedOn.Year) + 1;
        }
        return DomainResult<long>.Done(await cases.CreateAsync(record, Created(record, context)));
    }

    /// <summary>The audit of a new case: the unit, the person, the decision and its number, the grounds.</summary>
    public static IReadOnlyList<AuditEntry> Created(AccountabilityCase c, ChangeContext context)
    {
        var diff = new AuditDiff(AuditEntities.AccountabilityCase, AuditEntry.NewRow, context)
            .Action(AuditActions.Create, nameof(AccountabilityCase.UnitNodeId), newValue: c.UnitName)
            .Action(AuditActions.Create, nameof(AccountabilityCase.Decision), newValue: c.Decision.ToString())
            .Action(AuditActions.Create, nameof(AccountabilityCase.DecidedOn), newValue: c.DecidedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (c.PersonName is not null)
            diff.Action(AuditActions.Create, nameof(AccountabilityCase.PersonName), newValue: $"{c.PersonPost} {c.PersonName}".Trim());
        if (c.IssueNo is { } no)
            diff.Action(AuditActions.Create, nameof(AccountabilityCase.IssueNo), newValue: string.Create(CultureInfo.InvariantCulture, $"{c.IssueYear}-{no}"));
        if (c.Grounds.Count > 0)
            diff.Action(AuditActions.Create, nameof(AccountabilityCase.Grounds),
                newValue: string.Join(",", c.Grounds.Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Kind}:{g.TargetId}"))));
        return diff.Entries;
    }

    /// <summary>Only what was offered may be named: an id of another sub-district's order or return is refused, not dropped.</summary>
    private static List<AccountabilityGround> Grounds(AccountabilityDraft draft, AccountabilityGroundsOffered offered, List<ValidationError> errors)
    {
        var grounds = new List<AccountabilityGround>();
        foreach (var id in draft.OrderIds.Distinct())
        {
            if (offered.Orders.FirstOrDefault(o => o.Id == id) is { } order)
                grounds.Add(new AccountabilityGround { Kind = AccountabilityGroundKind.SupervisionOrder, TargetId = id, WeekEnding = order.WeekEnding, Note = order.Reason });
            else
                errors.Add(new(nameof(AccountabilityDraft.OrderIds), ValidationCodes.NotFound));
        }
        foreach (var id in draft.ReturnIds.Distinct())
        {
            if (offered.MissedReturns.FirstOrDefault(r => r.Id == id) is { } missed)
                grounds.Add(new AccountabilityGround { Kind = AccountabilityGroundKind.MissedReturn, TargetId = id, WeekEnding = missed.WeekEnding });
            else
                errors.Add(new(nameof(AccountabilityDraft.ReturnIds), ValidationCodes.NotFound));
        }
        return grounds;
    }

    private static void Line(List<ValidationError> errors, string field, string? text, int max, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
                errors.Add(new(field, ValidationCodes.Required));
            return;
        }
        if (text.Trim().Length > max)
            errors.Add(new(field, ValidationCodes.TooLong, max));
        else
            TextRule.CheckName(errors, field, text);
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
