using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Committees;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using DistrictPortal.Core.Returns;
using DistrictPortal.Web.Infrastructure.Jobs;

namespace DistrictPortal.Web.Infrastructure.DemoData;

/// <summary>
/// Eight weeks of the Friday return for 演示区, so the matrix, the inbox and 督办 have something to show. The campaign
/// starts eight weeks before the current week; each week is played in the order it would happen (early returns,
/// the 09:00 reminder, Friday returns, the deadline job, late returns, review), through the repositories, Core's
/// rules (ReturnWorkflow, ReturnValidator, ReturnFigures, ReturnSnapshot) and the real jobs with the clock pinned.
/// Mostly on time; 牌楼 is sent back once and late once; 北城 is late once; 南岸 misses a week and is late the next,
/// which raises the one supervision order. The current week has no return from 牌楼, so its officer can file it.
/// </summary>
public sealed class DemoReturnHistory(
    ICampaignRepository campaigns,
    CampaignService campaignService,
    HolidayCalendarService calendar,
    IWeeklyReturnRepository returns,
    ICommitteeRepository committees,
    INodeRepository nodes,
    IUserRepository users,
    CampaignDirectory directory,
    DeadlineReminderJob reminders,
    OverdueMarkingJob deadlines,
    TimeProvider time,
    ILogger<DemoReturnHistory> log)
{
    public const string CampaignName = "无物业管理小区清零行动";
    public const int Weeks = 8;

    private enum Outcome { OnTime, OnFriday, Late, SentBack, Missing, AwaitingReview }

    // Per sub-district: the share of the list struck off each week, and the eight weeks' outcomes, oldest first.
    private static readonly Dictionary<string, (double Rate, Outcome[] Weeks)> Script = new()
    {
        [DemoHierarchy.PailouName] = (0.05, [Outcome.OnTime, Outcome.OnTime, Outcome.OnFriday, Outcome.SentBack, Outcome.OnTime, Outcome.Late, Outcome.OnTime, Outcome.OnFriday]),
        ["东湖街道（演示）"] = (0.12, [Outcome.OnTime, Outcome.OnTime, Outcome.OnTime, Outcome.OnTime, Outcome.OnFriday, Outcome.OnTime, Outcome.OnTime, Outcome.AwaitingReview]),
        ["西山街道（演示）"] = (0.08, [Outcome.OnTime, Outcome.OnTime, Outcome.OnFriday, Outcome.OnTime, Outcome.OnTime, Outcome.OnTime, Outcome.OnFriday, Outcome.OnTime]),
        ["南岸街道（演示）"] = (0.06, [Outcome.OnTime, Outcome.OnFriday, Outcome.OnTime, Outcome.OnTime, Outcome.Missing, Outcome.Late, Outcome.OnTime, Outcome.OnTime]),
        ["北城街道（演示）"] = (0.07, [Outcome.OnTime, Outcome.OnTime, Outcome.OnTime, Outcome.Late, Outcome.OnTime, Outcome.OnTime, Outcome.OnTime, Outcome.AwaitingReview]),
        ["中华路街道（演示）"] = (0.09, [Outcome.OnTime, Outcome.OnTime, Outcome.OnTime, Outcome.OnTime, Outcome.OnTime, Outcome.OnFriday, Outcome.OnTime, Outcome.OnTime]),
    };

    private static readonly ManagementMode[] Modes =
        [ManagementMode.CommunityTrusteeship, ManagementMode.PropertyEnterprise, ManagementMode.SubDistrictPackage, ManagementMode.CommitteeSelfManaged];

    private sealed record Filer(Node SubDistrict, User Officer, double Rate, Outcome[] Weeks)
    {
        public List<ReturnRow> Accepted { get; set; } = [];
    }

    private ReportingCalendar _calendar = null!;
    private User _reviewer = null!;

    public async Task SeedAsync()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var now = time.GetUtcNow().UtcDateTime;
        var root = (await nodes.GetRootsAsync()).Single();
        var district = (await nodes.ListByLevelAsync(root.Path, NodeLevel.District)).Single(d => d.Name == DemoHierarchy.DistrictName);
        var people = await users.ListAsync(root.Path);
        _reviewer = people.Single(u => u.Role == Role.BureauReviewer);

        var current = CampaignDirectory.WeekEndingAt(now);
        var first = current.AddDays(-7 * Weeks);
        var start = ReportingCalendar.WeekStart(first);
        await SeedHolidaysAsync(now);
        _calendar = await directory.CalendarAsync(DeadlineRule.Default, first, current);

        var created = await campaignService.CreateAsync(new Campaign
        {
            DistrictId = district.Id,
            Name = CampaignName,
            StartDate = start,
            TargetDate = start.AddYears(1),
        }, Change(people.Single(u => u.Role == Role.Admin), _calendar.LocalToUtc(start, new TimeOnly(9, 0))));
        var campaignId = created.Succeeded
            ? created.Value
            : throw new InvalidOperationException("The demo campaign broke a rule: " + string.Join(", ", created.Errors.Select(e => e.Code)));

        var listed = await campaigns.ListEstatesAsync(campaignId, null);
        var filers = new List<Filer>();
        foreach (var subDistrict in await nodes.ListByLevelAsync(district.Path, NodeLevel.SubDistrict))
        {
            if (!Script.TryGetValue(subDistrict.Name, out var script))
                continue;
            var officer = people.First(u => u.Role == Role.SubDistrictOfficer && u.ScopeNodeId == subDistrict.Id);
            filers.Add(new Filer(subDistrict, officer, script.Rate, script.Weeks)
            {
                Accepted = listed.Where(e => e.SubDistrictId == subDistrict.Id).OrderBy(e => e.EstateName, StringComparer.Ordinal)
                    .Select(e => new ReturnRow { EstateId = e.EstateId, EstateName = e.EstateName, Households = e.Households }).ToList(),
            });
        }

        for (var i = 0; i < Weeks; i++)
            await PlayWeekAsync(first.AddDays(7 * i), i, filers);
        log.LogInformation("Demo return history: {Weeks} weeks for {SubDistricts} sub-districts in {Ms} ms", Weeks, filers.Count, watch.ElapsedMilliseconds);
    }

    private async Task PlayWeekAsync(DateOnly week, int index, List<Filer> filers)
    {
        var deadlineDay = _calendar.DeadlineDate(week);
        DateTime At(DateOnly day, int hour) => _calendar.LocalToUtc(day, new TimeOnly(hour, 0));
        var early = At(deadlineDay.AddDays(-1), 16);
        var pending = new List<(Filer Filer, WeeklyReturn Return)>();

        foreach (var filer in filers.Where(f => f.Weeks[index] is Outcome.OnTime or Outcome.SentBack or Outcome.AwaitingReview))
            pending.Add((filer, await SubmitAsync(filer, week, index, early)));
        await reminders.RunAsync(At(deadlineDay, 9).AddMinutes(1));
        foreach (var filer in filers.Where(f => f.Weeks[index] == Outcome.OnFriday))
            pending.Add((filer, await SubmitAsync(filer, week, index, At(deadlineDay, 11))));
        await deadlines.RunAsync(_calendar.DeadlineUtc(week).AddMinutes(1));
        foreach (var filer in filers.Where(f => f.Weeks[index] == Outcome.Late))
            pending.Add((filer, await SubmitAsync(filer, week, index, At(week.AddDays(1), 10))));

        var review = At(week.AddDays(3), 10);
        foreach (var (filer, weeklyReturn) in pending)
        {
            var current = weeklyReturn;
            if (filer.Weeks[index] == Outcome.AwaitingReview)
                continue;
            if (filer.Weeks[index] == Outcome.SentBack)
                current = await SendBackAndResubmitAsync(filer, current, At(deadlineDay, 10), At(deadlineDay, 14));
            await AcceptAsync(filer, current, review);
        }
    }

    private async Task<WeeklyReturn> SubmitAsync(Filer filer, DateOnly week, int index, DateTime atUtc)
    {
        var submittedOn = _calendar.LocalDate(atUtc);
        var rows = Progress(filer, week, index, Min(ReportingCalendar.WeekStart(week).AddDays(3), submittedOn));
        var struck = rows.Count(r => r.IsStruckOff);
        var draft = new WeeklyReturn
        {
            SubDistrictId = filer.SubDistrict.Id,
            SubDistrictName = filer.SubDistrict.Name,
            WeekEnding = week,
            Rows = rows,
            ProgressNarrative = $"本周新增销号 {struck - filer.Accepted.Count(r => r.IsStruckOff)} 个小区，累计销号 {struck} 个，其余小区按“一小区一方案”推进。",
            ProblemsNarrative = "部分小区业主对物业服务费标准意见不一，征求意见回收率偏低。",
            NextWeekPlan = "继续入户征求意见，推动已表决小区签订物业服务合同。",
        };
        // A late return finds the empty draft the deadline job left when it marked the week overdue, and fills that.
        var existing = await returns.GetAsync(filer.SubDistrict.Id, week);
        var id = existing?.Id ?? await returns.CreateAsync(draft, ReturnAudit.Created(draft.WeekEnding, Change(filer.Officer, atUtc)));
        return await TransitionAsync(id, ReturnAction.Submit, filer.Officer, Role.SubDistrictOfficer, null, atUtc, filer, r =>
        {
            if (existing is null)
                return;
            (r.Rows, r.ProgressNarrative, r.ProblemsNarrative, r.NextWeekPlan) = (draft.Rows, draft.ProgressNarrative, draft.ProblemsNarrative, draft.NextWeekPlan);
            r.Rows.ForEach(x => x.WeeklyReturnId = r.Id);
        });
    }

    private async Task<WeeklyReturn> SendBackAndResubmitAsync(Filer filer, WeeklyReturn submitted, DateTime backUtc, DateTime againUtc)
    {
        const string reason = "请核实销号小区的六有落实情况并补充佐证材料后重新报送。";
        var sent = await TransitionAsync(submitted.Id, ReturnAction.SendBack, _reviewer, Role.BureauReviewer, reason, backUtc, filer,
            r => r.Rows.First(x => x.IsStruckOff).ReviewReason = reason);
        return await TransitionAsync(sent.Id, ReturnAction.Submit, filer.Officer, Role.SubDistrictOfficer, null, againUtc, filer, r =>
        {
            r.Rows.ForEach(x => x.ReviewReason = null);
            r.ProgressNarrative += "（已按审核意见补充六有佐证材料。）";
        });
    }

    private async Task AcceptAsync(Filer filer, WeeklyReturn submitted, DateTime atUtc)
    {
        var weeklyReturn = (await returns.GetByIdAsync(submitted.Id))!;
        var before = Copy(weeklyReturn);
        Require(ReturnWorkflow.Apply(weeklyReturn, ReturnAction.Accept, Role.BureauReviewer, null, _reviewer.Id, _reviewer.DisplayName, atUtc));
        // As ReturnService accepts: the committee dates as their home had them that day, the registry written by Core's
        // decision, the one snapshot builder.
        var tracks = (await committees.ListRecordedTracksAsync(filer.SubDistrict.Path)).ToDictionary(t => t.EstateId);
        weeklyReturn.Rows.ForEach(r => ReturnPrefill.ShowTrack(r, tracks.GetValueOrDefault(r.EstateId), _calendar.LocalDate(atUtc)));
        var registry = (await returns.ListRegistryFactsAsync(filer.SubDistrict.Id)).ToDictionary(f => f.EstateId);
        var change = Change(_reviewer, atUtc);
        var writes = ReturnAcceptance.Decide(weeklyReturn, registry, [], isNewestWeek: true, change);
        await returns.AcceptAsync(weeklyReturn, ReturnSnapshot.Freeze(weeklyReturn, _calendar, atUtc), writes.Updates,
            [.. ReturnAudit.Diff(before, weeklyReturn, change), .. writes.Audit]);
        filer.Accepted = weeklyReturn.Rows.Select(r => r.Clone()).ToList();
    }

    /// <summary>Reads the return, applies a workflow step (and an edit), saves it with its audit; returns it as stored.</summary>
    private async Task<WeeklyReturn> TransitionAsync(long id, ReturnAction action, User user, Role role, string? reason, DateTime atUtc,
        Filer filer, Action<WeeklyReturn>? edit = null)
    {
        var weeklyReturn = (await returns.GetByIdAsync(id))!;
        var before = Copy(weeklyReturn);
        edit?.Invoke(weeklyReturn);
        if (action == ReturnAction.Submit)
        {
            var previous = filer.Accepted.ToDictionary(r => r.EstateId);
            var errors = ReturnValidator.Validate(weeklyReturn, previous, _calendar.LocalDate(atUtc));
            if (errors.Count > 0)
                throw new InvalidOperationException("Demo return breaks the rules: " + string.Join("; ", errors));
        }
        Require(ReturnWorkflow.Apply(weeklyReturn, action, role, reason, user.Id, user.DisplayName, atUtc));
        await returns.UpdateAsync(weeklyReturn, ReturnAudit.Diff(before, weeklyReturn, Change(user, atUtc)));
        return (await returns.GetByIdAsync(id))!;
    }

    /// <summary>Last accepted rows carried forward; a share of the open estates struck off this week, the next few under way.</summary>
    private static List<ReturnRow> Progress(Filer filer, DateOnly week, int index, DateOnly struckOn)
    {
        var rows = filer.Accepted.Select(r => r.Clone()).ToList();
        rows.ForEach(r => r.WeeklyReturnId = 0);
        var open = rows.Where(r => !r.IsStruckOff).ToList();
        var strike = Math.Max(1, (int)Math.Round(rows.Count * filer.Rate));
        for (var i = 0; i < open.Count && i < strike + 3; i++)
        {
            var row = open[i];
            var mode = Modes[(row.EstateId + index) % Modes.Length];
            if (i >= strike)
            {
                // Under way: half the six haves in place, not yet struck off.
                row.SixHaves = SixHaves.Organisation | SixHaves.Cleaning | SixHaves.Security;
                row.Blockers = i == strike ? "业主对物业服务费标准意见不一" : null;
                row.HelpAsked = i == strike + 1 ? "请区住建局协调国有物业企业接管" : null;
                continue;
            }
            row.Mode = mode;
            row.SixHaves = SixHaves.All;
            row.IsStruckOff = true;
            // The consultation and committee dates are the committee track's, shown at acceptance; the contract is the return's own.
            row.StruckOffDate = struckOn;
            row.Blockers = row.HelpAsked = null;
            if (mode == ManagementMode.PropertyEnterprise)
                row.ContractSignedDate = struckOn;
        }
        return rows;
    }

    /// <summary>The 2026 notice of the State Council (Core's copy), named, so demo deadlines move around the holidays.</summary>
    private async Task SeedHolidaysAsync(DateTime nowUtc)
    {
        var china = HolidayCalendar.China2026;
        var days = china.Holidays.Select(d => new CalendarDay { Date = d, Name = HolidayName(d) })
            .Concat(china.MakeUpWorkingDays.Select(d => new CalendarDay { Date = d, IsMakeUpWorkingDay = true, Name = $"{HolidayName(d)}调休上班" }))
            .OrderBy(d => d.Date).ToList();
        var seeded = await calendar.ApplyAsync(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), days, new ChangeContext(0, "demo-seed", nowUtc));
        if (!seeded.Succeeded)
            throw new InvalidOperationException("The demo holiday calendar broke a rule: " + string.Join(", ", seeded.Errors.Select(e => e.Code)));
    }

    private static string HolidayName(DateOnly d) => d.Month switch
    {
        1 => d.Day <= 3 ? "元旦" : "春节",
        2 => "春节",
        4 => "清明节",
        5 => "劳动节",
        6 => "端午节",
        9 => d.Day >= 25 ? "中秋节" : "国庆节",
        _ => "国庆节",
    };

    private static WeeklyReturn Copy(WeeklyReturn r) => new()
    {
        Id = r.Id, SubDistrictId = r.SubDistrictId, SubDistrictName = r.SubDistrictName, WeekEnding = r.WeekEnding, Status = r.Status,
        FirstSubmittedUtc = r.FirstSubmittedUtc, LastSubmittedUtc = r.LastSubmittedUtc, ReviewReason = r.ReviewReason,
        HasBeenAccepted = r.HasBeenAccepted, IsRestatement = r.IsRestatement, ProgressNarrative = r.ProgressNarrative,
        ProblemsNarrative = r.ProblemsNarrative, NextWeekPlan = r.NextWeekPlan, Version = r.Version,
        Rows = r.Rows.Select(x => x.Clone()).ToList(),
    };

    private static void Require(ReturnTransition transition)
    {
        if (!transition.Allowed)
            throw new InvalidOperationException($"Demo workflow step refused: {transition.Error}");
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static ChangeContext Change(User user, DateTime atUtc) => new(user.Id, AuditName.Of(user), atUtc);
}
