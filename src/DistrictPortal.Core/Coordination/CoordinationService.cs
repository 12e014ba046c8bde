using System.Globalization;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;

namespace DistrictPortal.Core.Coordination;

/// <summary>
/// 需区级协调事项 (issue 16, item 7). The office takes an ask from an accepted return in (待分派), assigns it to a member
/// unit (办理中, reassignable while open), records the unit's replies, and a closing reply ends it (已办结). The member
/// units are the admin's list. Role and scope are the caller's; the rules and the audit are here.
/// Why the office takes asks in (and acceptance does not): a row's ask is carried into next week's return until the
/// officer clears it, so the same words come back with every accepted week; the office decides which asks need a unit
/// at all, and an ask already taken in (same estate, same words) is not offered again.
/// </summary>
public sealed class CoordinationService(ICoordinationRepository store)
{
    public const int MaxUnitNameLength = 50;
    public const int MaxReplyLength = 1000;

    /// <summary>Asks not yet taken in: an item for the same row, or for the same estate with the same words, takes it.</summary>
    public static IReadOnlyList<CoordinationAsk> Pending(IEnumerable<CoordinationAsk> asks, IEnumerable<CoordinationItem> items)
    {
        var taken = items.ToList();
        return asks.Where(a => !taken.Any(i =>
                (i.WeeklyReturnId == a.WeeklyReturnId && i.EstateId == a.EstateId)
                || (i.EstateId == a.EstateId && string.Equals(i.Ask.Trim(), a.HelpAsked.Trim(), StringComparison.Ordinal))))
            .OrderBy(a => a.SubDistrictName, StringComparer.Ordinal).ThenBy(a => a.EstateName, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<DomainResult<long>> AddUnitAsync(string? name, ChangeContext context)
    {
        var errors = new List<ValidationError>();
        UnitName(errors, name);
        if (errors.Count == 0 && (await store.ListUnitsAsync()).Any(u => string.Equals(u.Name, name!.Trim(), StringComparison.OrdinalIgnoreCase)))
            errors.Add(new(nameof(MemberUnit.Name), DuplicateName));
        if (errors.Count > 0)
            return DomainResult<long>.From(errors);
        var unit = new MemberUnit { Name = name!.Trim() };
        var audit = new AuditDiff(AuditEntities.MemberUnit, AuditEntry.NewRow, context).Action(AuditActions.Create, nameof(MemberUnit.Name), newValue: unit.Name).Entries;
        return DomainResult<long>.Done(await store.CreateUnitAsync(unit, audit));
    }

    /// <summary>Retires a unit (no new assignments) or puts it back on the list; false when there is no such unit.</summary>
    public async Task<bool> SetRetiredAsync(long unitId, bool retired, ChangeContext context)
    {
        if ((await store.ListUnitsAsync()).FirstOrDefault(u => u.Id == unitId) is not { } unit)
            return false;
        if (unit.IsRetired == retired)
            return true;
        var audit = new AuditDiff(AuditEntities.MemberUnit, unit.Id, context).Action(retired ? AuditActions.Retire : AuditActions.Reinstate, nameof(MemberUnit.Name), unit.Name).Entries;
        unit.IsRetired = retired;
        await store.UpdateUnitAsync(unit, audit);
        return true;
    }

    /// <summary>Takes <paramref name="ask"/> in as a new item (待分派). The caller found it among <see cref="Pending"/> in its scope.</summary>
    public async Task<long> TakeInAsync(CoordinationAsk ask, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(ask);
        var item = new CoordinationItem
        {
            SubDistrictId = ask.SubDistrictId, SubDistrictName = ask.SubDistrictName, EstateId = ask.EstateId, EstateName = ask.EstateName,
            WeeklyReturnId = ask.WeeklyReturnId, WeekEnding = ask.WeekEnding, Ask = ask.HelpAsked.Trim(), Status = CoordinationStatus.Pending,
            CreatedUtc = context.AtUtc, CreatedByName = context.UserName,
        };
        var audit = new AuditDiff(AuditEntities.CoordinationItem, AuditEntry.NewRow, context)
            .Action(AuditActions.Create, nameof(CoordinationItem.Ask), newValue: $"{ask.EstateName}：{item.Ask}")
            .Action(AuditActions.Create, nameof(CoordinationItem.WeeklyReturnId), newValue: ask.WeeklyReturnId.ToString(CultureInfo.InvariantCulture)).Entries;
        return await store.CreateItemAsync(item, audit);
    }

    /// <summary>Assigns (or reassigns) an open item to a unit on the list: 办理中.</summary>
    public async Task<DomainResult> AssignAsync(long itemId, long? unitId, long expectedVersion, ChangeContext context)
    {
        var item = await CurrentAsync(itemId, expectedVersion);
        if (item.Status == CoordinationStatus.Done)
            return DomainResult.Refuse(nameof(CoordinationItem.Status), ValidationCodes.AlreadyClosed);
        var unit = unitId is { } id ? (await store.ListUnitsAsync()).FirstOrDefault(u => u.Id == id && !u.IsRetired) : null;
        if (unit is null)
            return DomainResult.Refuse(nameof(CoordinationItem.MemberUnitId), ValidationCodes.Required);
        if (item.MemberUnitId == unit.Id)
            return DomainResult.Ok;
        var audit = new AuditDiff(AuditEntities.CoordinationItem, item.Id, context)
            .Field(nameof(CoordinationItem.MemberUnitId), item.MemberUnitName, unit.Name)
            .Field(nameof(CoordinationItem.Status), item.Status.ToString(), CoordinationStatus.InProgress.ToString()).Entries;
        item.MemberUnitId = unit.Id;
        item.MemberUnitName = unit.Name;
        item.Status = CoordinationStatus.InProgress;
        item.AssignedUtc = context.AtUtc;
        await store.UpdateItemAsync(item, null, audit);
        return DomainResult.Ok;
    }

    /// <summary>Records the assigned unit's reply (dated, not in the future); a closing reply ends the item (已办结).</summary>
    public async Task<DomainResult> ReplyAsync(long itemId, string? text, DateOnly? repliedOn, bool closes, DateOnly today, long expectedVersion, ChangeContext context)
    {
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(text))
            errors.Add(new(nameof(CoordinationReply.Text), ValidationCodes.Required));
        else if (text.Trim().Length > MaxReplyLength)
            errors.Add(new(nameof(CoordinationReply.Text), ValidationCodes.TooLong, MaxReplyLength));
        if (repliedOn is not { } on)
            errors.Add(new(nameof(CoordinationReply.RepliedOn), ValidationCodes.Required));
        else if (on > today)
            errors.Add(new(nameof(CoordinationReply.RepliedOn), ValidationCodes.NotInFuture));
        if (errors.Count > 0)
            return DomainResult.From(errors);
        var item = await CurrentAsync(itemId, expectedVersion);
        if (item.Status == CoordinationStatus.Done)
            return DomainResult.Refuse(nameof(CoordinationItem.Status), ValidationCodes.AlreadyClosed);
        if (item.Status != CoordinationStatus.InProgress)
            return DomainResult.Refuse(nameof(CoordinationItem.MemberUnitId), ValidationCodes.Required);

        var reply = new CoordinationReply
        {
            ItemId = item.Id, RepliedOn = repliedOn!.Value, Text = TextRule.CleanNarrative(text!.Trim())!, IsClosing = closes,
            RecordedUtc = context.AtUtc, RecordedByName = context.UserName,
        };
        var diff = new AuditDiff(AuditEntities.CoordinationItem, item.Id, context)
            .Action(AuditActions.Update, nameof(CoordinationItem.Replies), newValue: $"{item.MemberUnitName}：{reply.Text}");
        if (closes)
        {
            diff.Field(nameof(CoordinationItem.Status), item.Status.ToString(), CoordinationStatus.Done.ToString());
            item.Status = CoordinationStatus.Done;
            item.ClosedUtc = context.AtUtc;
        }
        await store.UpdateItemAsync(item, reply, diff.Entries);
        return DomainResult.Ok;
    }

    /// <summary>The code of a unit name already on the list (worded by "Validation.DuplicateName").</summary>
    public const string DuplicateName = "DuplicateName";

    private static void UnitName(List<ValidationError> errors, string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            errors.Add(new(nameof(MemberUnit.Name), ValidationCodes.Required));
        else if (name.Trim().Length > MaxUnitNameLength)
            errors.Add(new(nameof(MemberUnit.Name), ValidationCodes.TooLong, MaxUnitNameLength));
        else
            TextRule.CheckName(errors, nameof(MemberUnit.Name), name);
    }

    private async Task<CoordinationItem> CurrentAsync(long id, long expectedVersion)
    {
        var item = await store.GetItemAsync(id);
        if (item is null || item.Version != expectedVersion)
            throw new ConcurrencyConflictException(AuditEntities.CoordinationItem, id);
        return item;
    }
}
