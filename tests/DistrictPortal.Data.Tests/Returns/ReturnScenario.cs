using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Identity;
using DistrictPortal.Core.Returns;
using DistrictPortal.Data.Tests.Infrastructure;

namespace DistrictPortal.Data.Tests.Returns;

/// <summary>
/// A test's own sub-district with two unmanaged estates, and the steps of a return's life done the way the web
/// layer will do them: Core's ReturnWorkflow moves the status, ReturnAudit writes the trail, the repository saves.
/// Beta is created before Alpha so that "ordered by estate name" is not insertion order.
/// </summary>
internal sealed record ReturnScenario(TestDatabase Db, TestTree Tree, Estate Alpha, Estate Beta)
{
    /// <summary>A Friday: the week of Saturday 14 to Friday 20 November 2026.</summary>
    public static readonly DateOnly Week = new(2026, 11, 20);

    public static readonly ChangeContext Officer = new(7, "街道 officer", new DateTime(2026, 11, 20, 8, 0, 0, DateTimeKind.Utc));
    public static readonly ChangeContext Reviewer = new(9, "审核员 reviewer", new DateTime(2026, 11, 21, 2, 0, 0, DateTimeKind.Utc));

    public static async Task<ReturnScenario> CreateAsync(TestDatabase db)
    {
        var tree = await TestTree.CreateAsync(db);
        var beta = await TestTree.AddEstateAsync(db, tree.CommunityA2, "Beta Court", e => e.Households = 80);
        var alpha = await TestTree.AddEstateAsync(db, tree.CommunityA1, "Alpha Garden", e => e.Households = 200);
        return new ReturnScenario(db, tree, alpha, beta);
    }

    public WeeklyReturn NewReturn(DateOnly? week = null) => new()
    {
        SubDistrictId = Tree.SubDistrictA.Id,
        WeekEnding = week ?? Week,
        Rows = [Row(Beta), Row(Alpha)],
    };

    public static ReturnRow Row(Estate estate, Action<ReturnRow>? change = null)
    {
        var row = new ReturnRow { EstateId = estate.Id, EstateName = estate.Name, Households = estate.Households };
        change?.Invoke(row);
        return row;
    }

    /// <summary>Struck off in <paramref name="mode"/> on the Wednesday of the scenario's week, with all six haves.</summary>
    public static void StrikeOff(ReturnRow row, ManagementMode mode, DateOnly? on = null)
    {
        row.Mode = mode;
        row.SixHaves = SixHaves.All;
        row.IsStruckOff = true;
        row.StruckOffDate = on ?? new DateOnly(2026, 11, 18);
    }

    public async Task<WeeklyReturn> CreateAsync(WeeklyReturn weeklyReturn)
    {
        var id = await Db.Returns.CreateAsync(weeklyReturn, Officer);
        return (await Db.Returns.GetByIdAsync(id))!;
    }

    /// <summary>Edits a fresh copy of the stored return, saves it with its audit and reads it back.</summary>
    public async Task<WeeklyReturn> UpdateAsync(WeeklyReturn stored, Action<WeeklyReturn> edit, ChangeContext? context = null)
    {
        var after = (await Db.Returns.GetByIdAsync(stored.Id))!;
        after.Version = stored.Version;
        edit(after);
        await Db.Returns.UpdateAsync(after, ReturnAudit.Diff(stored, after, context ?? Officer));
        return (await Db.Returns.GetByIdAsync(stored.Id))!;
    }

    public Task<WeeklyReturn> MoveAsync(WeeklyReturn stored, ReturnAction action, Role role, ChangeContext context, string? reason = null) =>
        UpdateAsync(stored, r => Assert.True(
            ReturnWorkflow.Apply(r, action, role, reason, context.UserId, context.UserName, context.AtUtc).Allowed), context);

    /// <summary>
    /// The acceptance as the web layer makes it, from the stored return: workflow, the one snapshot builder, and the
    /// registry writes Core decides (<see cref="ReturnAcceptance"/>) with their audit after the return's.
    /// </summary>
    public async Task<(WeeklyReturn Accepted, ReturnSnapshot Snapshot, List<RegistryUpdate> Registry, List<AuditEntry> Audit)>
        PrepareAcceptanceAsync(WeeklyReturn submitted, ChangeContext? context = null, IReadOnlyList<EstateStrikeOff>? withdrawals = null)
    {
        var reviewer = context ?? Reviewer;
        var before = (await Db.Returns.GetByIdAsync(submitted.Id))!;
        var after = (await Db.Returns.GetByIdAsync(submitted.Id))!;
        Assert.True(ReturnWorkflow.Apply(after, ReturnAction.Accept, Role.BureauReviewer, null, reviewer.UserId, reviewer.UserName, reviewer.AtUtc).Allowed);
        var snapshot = ReturnSnapshot.From(after, ReturnFigures.Compute(after), reviewer.AtUtc, wasOnTime: true);
        var registry = (await Db.Returns.ListRegistryFactsAsync(after.SubDistrictId)).ToDictionary(f => f.EstateId);
        var writes = ReturnAcceptance.Decide(after, registry, withdrawals ?? [], isNewestWeek: true, reviewer);
        return (after, snapshot, [.. writes.Updates], [.. ReturnAudit.Diff(before, after, reviewer), .. writes.Audit]);
    }

    public async Task<WeeklyReturn> AcceptAsync(WeeklyReturn submitted, ChangeContext? context = null)
    {
        var (accepted, snapshot, registry, audit) = await PrepareAcceptanceAsync(submitted, context);
        await Db.Returns.AcceptAsync(accepted, snapshot, registry, audit);
        return (await Db.Returns.GetByIdAsync(submitted.Id))!;
    }
}
