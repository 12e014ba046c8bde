using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using DistrictPortal.Core.LookBacks;
using DistrictPortal.Core.Plans;
using DistrictPortal.Web.Infrastructure.Configuration;

namespace DistrictPortal.Web.Infrastructure.DemoData;

/// <summary>
/// The governance objects of P5/P11 on the demo, made through Core's services as the admin's and the officers' pages make
/// them, so the demo obeys every rule real data does and is audited alike:
/// - the campaign's three phases (调研摸底 four weeks, 推进落实 to the eighth month, 巩固提升 to the target date);
/// - the full-coverage plans: a planned mode and date for every estate of the generated sub-districts' lists; in 牌楼
///   only two estates so far, both past their date and not struck off (计划逾期), so its officer has the rest to plan
///   (and its 109-row return keeps within its page-weight budget, ReturnFilingTests);
/// - 第一责任人 on the district, 北城街道（演示） and two of 牌楼's communities;
/// - look-backs in <see cref="LookBackSubDistrict"/>: its earliest strike-off passed, the next failed (返潮, back on the
///   list), the others still provisional (销号（待回头看）). Not in 牌楼, whose strike-offs the tests look back on themselves.
/// </summary>
public sealed class DemoGovernancePlans(
    ICampaignRepository campaigns, PhaseService phases, PlanService plans, ResponsibleService responsibles, LookBackService lookBacks,
    ILookBackRepository lookBackStore, INodeRepository nodes, IUserRepository users, PortalClock clock, ILogger<DemoGovernancePlans> log)
{
    public const string LookBackSubDistrict = "西山街道（演示）";

    /// <summary>How many of 牌楼's estates the plan has past their date (shown as 计划逾期 on the plan, the return and the league).</summary>
    public const int PailouOverdue = 2;

    public static readonly IReadOnlyList<(string Node, string Name, string Post, string Phone)> Responsible =
    [
        (DemoHierarchy.DistrictName, "陈志远", "区清零办主任", "023-68001001"),
        ("北城街道（演示）", "刘建华", "街道党工委书记", "023-68002002"),
        ("观音岩社区", "周丽", "社区党委书记", "138 0000 3003"),
        ("万安社区", "吴强", "社区居委会主任", "139 0000 4004"),
    ];

    public async Task SeedAsync(ChangeContext context)
    {
        var root = (await nodes.GetRootsAsync()).Single();
        var district = (await nodes.ListByLevelAsync(root.Path, NodeLevel.District)).Single(d => d.Name == DemoHierarchy.DistrictName);
        if (await campaigns.GetForNodeAsync(district.Path) is not { } campaign)
            return;
        var people = await users.ListAsync(root.Path);
        var admin = people.Single(u => u.UserName == "admin");
        var today = clock.Today;
        ChangeContext As(User user, int daysAgo) => new(user.Id, AuditName.Of(user), context.AtUtc.AddDays(-daysAgo));

        var coverageEnd = await PhasesAsync(campaign, As(admin, 50));
        var overdue = 0;
        foreach (var subDistrict in await nodes.ListByLevelAsync(district.Path, NodeLevel.SubDistrict))
        {
            var officer = people.FirstOrDefault(u => u.Role == Role.SubDistrictOfficer && u.ScopeNodeId == subDistrict.Id);
            if (officer is not null)
                overdue += await PlanAsync(campaign, subDistrict, coverageEnd, today, As(officer, 30));
        }
        var named = 0;
        foreach (var (nodeName, name, post, phone) in Responsible)
        {
            var node = (await nodes.ListByLevelAsync(root.Path, nodeName == DemoHierarchy.DistrictName ? NodeLevel.District
                : nodeName.EndsWith("街道（演示）", StringComparison.Ordinal) ? NodeLevel.SubDistrict : NodeLevel.Community)).Single(n => n.Name == nodeName);
            named += (await responsibles.SetAsync(node.Id, name, post, phone, As(admin, 40))).Succeeded ? 1 : 0;
        }
        var looked = await LookBacksAsync(district, people, admin, today, context);
        log.LogInformation("Demo governance plans: phases to {Coverage}, {Overdue} overdue plan rows, {Named} responsible persons, {LookBacks} look-backs",
            coverageEnd, overdue, named, looked);
    }

    /// <summary>The three phases; returns the end of 推进落实, the full-coverage deadline no planned date may pass.</summary>
    private async Task<DateOnly> PhasesAsync(Campaign campaign, ChangeContext change)
    {
        var start = campaign.StartDate;
        var target = campaign.TargetDate ?? start.AddYears(1);
        var survey = start.AddDays(27);
        var coverage = start.AddMonths(8);
        var saved = await phases.SaveAsync(campaign,
            [(PhaseKind.Survey, start, survey), (PhaseKind.Implementation, survey.AddDays(1), coverage), (PhaseKind.Consolidation, coverage.AddDays(1), target)],
            change);
        return saved.Succeeded ? coverage : throw Refused("phases", saved.Errors);
    }

    /// <summary>
    /// A mode and a date for every estate of the sub-district's list, dates spread over the weeks to the full-coverage
    /// deadline; in 牌楼 only its first estates still on the list, dated a few days back, so they are overdue. Returns how many.
    /// </summary>
    private async Task<int> PlanAsync(Campaign campaign, Node subDistrict, DateOnly coverageEnd, DateOnly today, ChangeContext change)
    {
        var listed = (await campaigns.ListEstatesAsync(campaign.Id, subDistrict.Id)).OrderBy(e => e.EstateName, StringComparer.Ordinal).ToList();
        var struck = (await lookBackStore.ListStruckOffInScopeAsync(subDistrict.Path)).Select(s => s.EstateId).ToHashSet();
        var late = subDistrict.Name == DemoHierarchy.PailouName
            ? listed.Where(e => !struck.Contains(e.EstateId)).Take(PailouOverdue).Select(e => e.EstateId).ToHashSet()
            : [];
        var past = today.AddDays(-3) < campaign.StartDate ? campaign.StartDate : today.AddDays(-3);
        ManagementMode[] modes = [ManagementMode.CommunityTrusteeship, ManagementMode.PropertyEnterprise, ManagementMode.SubDistrictPackage, ManagementMode.CommitteeSelfManaged];
        var span = Math.Max(1, coverageEnd.DayNumber - today.AddDays(14).DayNumber);
        var changes = listed.Select((e, i) => new PlanChange(e.EstateId, modes[i % modes.Length],
                late.Contains(e.EstateId) ? past : Min(today.AddDays(14 + (i * 7 % span)), coverageEnd)))
            .Where(c => subDistrict.Name != DemoHierarchy.PailouName || late.Contains(c.EstateId)).ToList();
        var saved = await plans.SaveAsync(campaign, subDistrict.Id, changes, change);
        return saved.Succeeded ? (past < today ? late.Count : 0) : throw Refused($"the plan of {subDistrict.Name}", saved.Errors);
    }

    /// <summary>The earliest strike-off of <see cref="LookBackSubDistrict"/> passes its look-back; the next fails (返潮).</summary>
    private async Task<int> LookBacksAsync(Node district, IReadOnlyList<User> people, User admin, DateOnly today, ChangeContext context)
    {
        if ((await nodes.ListByLevelAsync(district.Path, NodeLevel.SubDistrict)).FirstOrDefault(s => s.Name == LookBackSubDistrict) is not { } subDistrict
            || people.FirstOrDefault(u => u.Role == Role.SubDistrictOfficer && u.ScopeNodeId == subDistrict.Id) is not { } officer)
            return 0;
        var struck = (await lookBackStore.ListStruckOffInScopeAsync(subDistrict.Path))
            .OrderBy(s => s.StruckOffDate).ThenBy(s => s.EstateId).ToList();
        if (struck.Count < 3)
            return 0;
        DateOnly After(StruckOffEstate s, int days) => Min(s.StruckOffDate.AddDays(days), today);
        ChangeContext On(User user, DateOnly day) =>
            new(user.Id, AuditName.Of(user), context.AtUtc.AddDays(day.DayNumber - today.DayNumber));
        var (passing, failing) = (struck[0], struck[1]);
        var passDay = After(passing, 7);
        var failDay = After(failing, 10);
        var passed = await lookBacks.RecordAsync(passing.EstateId, subDistrict.Path, new LookBackInput
        {
            Date = passDay, Inspector = "赵社区（演示）", By = LookBackBy.Community, SixHaves = SixHaves.All, Passed = true,
            Note = "六有齐全，保洁、维修到位（演示）",
        }, today, On(officer, passDay));
        var failed = await lookBacks.RecordAsync(failing.EstateId, subDistrict.Path, new LookBackInput
        {
            Date = failDay, Inspector = "钱督查（演示）", By = LookBackBy.Office, SixHaves = SixHaves.Organisation | SixHaves.Cleaning, Passed = false,
            Note = "托管单位撤场，无人维修、无人值守，重新列入清零台账（演示）",
        }, today, On(admin, failDay));
        if (!passed.Succeeded || !failed.Succeeded)
            throw Refused("a look-back", [.. passed.Errors, .. failed.Errors]);
        return 2;
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static InvalidOperationException Refused(string what, IEnumerable<Core.Common.ValidationError> errors) =>
        new($"The demo's {what} broke a rule: {string.Join(", ", errors.Select(e => $"{e.Field} {e.Code}"))}");
}
