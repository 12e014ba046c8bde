using System.Globalization;
using System.Net;
using System.Resources;
using System.Text.RegularExpressions;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using DistrictPortal.Web.Features.Briefings;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Infrastructure.Jobs;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static DistrictPortal.Web.Tests.Import.ImportPortal;
using static DistrictPortal.Web.Tests.Instances.TwinPortals;

namespace DistrictPortal.Web.Tests.Instances;

/// <summary>
/// Issue 19: two web servers on one database behave as one, shown with two portal processes on one SQLite file. Each
/// test is a browser (one cookie jar) whose requests land on either server, as a load balancer without sticky sessions
/// sends them; each test comes from its own client address, so the address throttle of one does not touch another.
/// </summary>
public sealed partial class TwoInstancesTests(TwinPortals twins) : IClassFixture<TwinPortals>
{
    [Fact]
    public async Task A_sign_in_on_one_is_valid_on_the_other_and_a_sign_out_on_the_other_ends_it_on_both()
    {
        var cookies = new CookieContainer();
        using var a = Browser(twins.A, cookies, "192.0.2.1");
        using var b = Browser(twins.B, cookies, "192.0.2.1");

        await a.SignInAsync("bureau");

        Assert.Equal(HttpStatusCode.OK, (await b.GetAsync("/")).StatusCode);
        // A form served by one server posts to the other: the anti-forgery token is signed with the shared key ring.
        var signedOut = await b.PostFormAsync("/account/logout", [], tokenPage: "/account");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await a.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Five_wrong_passwords_spread_over_both_lock_the_account_on_both()
    {
        // All at once, on both servers: the count is the account's row, incremented in place, so none is lost.
        var failures = await AtOnceAsync(SignInPolicy.MaxFailures, "192.0.2.2", i => ("xishan", "wrong password " + i));
        var cookies = new CookieContainer();
        using var a = Browser(twins.A, cookies, "192.0.2.2");
        using var b = Browser(twins.B, cookies, "192.0.2.2");

        Assert.All(failures, f => Assert.Equal(HttpStatusCode.OK, f));
        Assert.Equal(HttpStatusCode.OK, (await a.PostLoginAsync("xishan", DemoAccounts.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await b.PostLoginAsync("xishan", DemoAccounts.Password)).StatusCode);
        var user = await twins.Database.GetRequiredService<IUserRepository>().GetByUserNameAsync("xishan");
        Assert.True(SignInPolicy.IsLockedOut(user!, DateTime.UtcNow));
    }

    [Fact]
    public async Task Twenty_failures_from_one_address_spread_over_both_refuse_that_address_on_both()
    {
        // Ten on each, all at once: under the limit on either server alone, at it counted together.
        var failures = await AtOnceAsync(SignInPolicy.MaxFailuresPerAddress, "203.0.113.19", i => ($"sprayed-{i}", "123456"));
        using var sprayA = Browser(twins.A, new CookieContainer(), "203.0.113.19");
        using var sprayB = Browser(twins.B, new CookieContainer(), "203.0.113.19");

        Assert.All(failures, f => Assert.Equal(HttpStatusCode.OK, f));
        var refusedA = await sprayA.PostLoginAsync("nanan", DemoAccounts.Password);
        var refusedB = await sprayB.PostLoginAsync("nanan", DemoAccounts.Password);
        using var office = Browser(twins.B, new CookieContainer(), "198.51.100.19");
        var signedIn = await office.PostLoginAsync("nanan", DemoAccounts.Password);

        Assert.Contains(AddressThrottled, await refusedA.Content.ReadAsStringAsync());
        Assert.Contains(AddressThrottled, await refusedB.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    [Fact]
    public async Task A_change_made_through_one_is_on_the_other_league_trend_dashboard_registry_and_matrix_at_the_next_request()
    {
        var cookies = new CookieContainer();
        using var a = Browser(twins.A, cookies, "192.0.2.4");
        using var b = Browser(twins.B, cookies, "192.0.2.4");
        await a.SignInAsync("admin");
        var nodes = twins.Database.GetRequiredService<INodeRepository>();
        var root = Assert.Single(await nodes.GetRootsAsync());
        var district = Assert.Single(await nodes.ListByLevelAsync(root.Path, NodeLevel.District), n => n.Name == DemoHierarchy.DistrictName);
        var donghu = Assert.Single(await nodes.ListByLevelAsync(root.Path, NodeLevel.SubDistrict), n => n.Name == "东湖街道（演示）");
        // The league and the dashboard name the sub-districts (the league's table cache holds the names); the trend
        // draws frozen snapshots, whose names do not change, under the district's live name.
        (string Page, Node Node, string NewName)[] pages =
        [
            ("/league", donghu, "湖东街道（改名）"),
            ("/dashboard", donghu, "湖东街道（改名）"),
            // The registry's subtotals and the matrix are kept until the next change too (ChangeStampedReads).
            ("/estates", donghu, "湖东街道（改名）"),
            ("/returns/matrix", donghu, "湖东街道（改名）"),
            ("/league/trend", district, "演示新区"),
        ];
        foreach (var (page, node, _) in pages)
        {
            // Twice: the second answer comes from B's page cache and B's table caches.
            await b.GetPageAsync(page);
            Assert.Contains(node.Name, await b.GetPageAsync(page));
        }

        foreach (var node in new[] { donghu, district })
        {
            var newName = pages.First(p => p.Node == node).NewName;
            var renamed = await a.PostFormAsync($"/hierarchy/{node.Id}/rename",
                [new("name", newName), new("version", node.Version.ToString())], tokenPage: $"/hierarchy/{node.Id}");
            Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        }

        foreach (var (page, node, newName) in pages)
        {
            var html = await b.GetPageAsync(page);
            Assert.True(html.Contains(newName, StringComparison.Ordinal) && !html.Contains(node.Name, StringComparison.Ordinal),
                $"{page} on the other server does not show {newName} only");
        }
    }

    [Fact]
    public async Task Each_recurring_job_runs_once_per_schedule_slot_whichever_servers_fire_it()
    {
        // Every recurring job that claims its slot, fired through each server's own Hangfire (each has its own Hangfire
        // file, so each schedules and runs it on its own): "trigger now" on both, as both fire at the cron moment.
        (string Id, TimeSpan Period)[] jobs =
        [
            (DeadlineReminderJob.RecurringId, ScheduledRuns.FiveMinutes),
            (OverdueMarkingJob.RecurringId, ScheduledRuns.FiveMinutes),
            (WeekCloseSnapshotJob.RecurringId, ScheduledRuns.Hourly),
            (SupervisionEscalationJob.RecurringId, ScheduledRuns.Hourly),
            (WeeklyBriefingPackJob.RecurringId, ScheduledRuns.Hourly),
        ];
        var cookies = new CookieContainer();
        using var a = Browser(twins.A, cookies, "192.0.2.5");
        using var b = Browser(twins.B, cookies, "192.0.2.5");
        await a.SignInAsync("admin");
        // Both triggers and their runs in one five-minute slot (hourly slots start on five-minute ones).
        var now = DateTime.UtcNow;
        var next = ScheduledRuns.SlotOf(now, ScheduledRuns.FiveMinutes) + ScheduledRuns.FiveMinutes;
        if (next - now < TimeSpan.FromSeconds(30))
            await Task.Delay(next - now + TimeSpan.FromSeconds(1));
        var fired = DateTime.UtcNow;

        await Task.WhenAll(TriggerAsync(a, jobs.Select(j => j.Id)), TriggerAsync(b, jobs.Select(j => j.Id)));

        foreach (var (id, period) in jobs)
        {
            var slot = ScheduledRuns.SlotOf(fired, period).ToString("u", CultureInfo.InvariantCulture);
            var (runsA, runsB) = await DecisionsAsync(id, slot);
            Assert.True(runsA.Count > 0 && runsB.Count > 0, $"{id} {slot}: not fired on both servers (A: {runsA.Count}, B: {runsB.Count})");
            Assert.True(runsA.Count(r => r) + runsB.Count(r => r) == 1,
                $"{id} {slot}: ran {runsA.Count(r => r)} times on A and {runsB.Count(r => r)} times on B");
        }
    }

    /// <summary>Sign-ins sent at once from one address, each from a browser of its own, alternately to either server.</summary>
    private async Task<HttpStatusCode[]> AtOnceAsync(int count, string address, Func<int, (string User, string Password)> attempt) =>
        await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            using var browser = Browser(i % 2 == 0 ? twins.A : twins.B, new CookieContainer(), address);
            var (user, password) = attempt(i);
            return (await browser.PostLoginAsync(user, password)).StatusCode;
        }));

    /// <summary>"Trigger now" on the server's Hangfire dashboard, with the dashboard's own anti-forgery header.</summary>
    private static async Task TriggerAsync(PortalClient admin, IEnumerable<string> jobIds)
    {
        var page = await admin.GetPageAsync("/hangfire/recurring");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/hangfire/recurring/trigger")
        {
            Content = new FormUrlEncodedContent(jobIds.Select(id => new KeyValuePair<string, string>("jobs[]", id))),
        };
        if (Meta(page, "csrf-header") is { } header && Meta(page, "csrf-token") is { } token)
            request.Headers.Add(header, token);
        var response = await admin.Http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"Trigger answered {(int)response.StatusCode}");
    }

    private static string? Meta(string html, string name) =>
        Regex.Match(html, $"<meta name=\"{name}\" content=\"([^\"]*)\"") is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    /// <summary>
    /// What each server decided for the job's slot, from its log (true: ran it; false: skipped it as another's), once
    /// both have decided at least once; at most a minute (a briefing pack builds PDFs).
    /// </summary>
    private async Task<(List<bool> A, List<bool> B)> DecisionsAsync(string jobId, string slot)
    {
        List<bool> Of(PortalProcess portal) => portal.Output
            .Select(line => Decision().Match(line))
            .Where(m => m.Success && m.Groups["job"].Value == jobId && m.Groups["slot"].Value == slot)
            .Select(m => m.Groups["ran"].Success)
            .ToList();
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            var (a, b) = (Of(twins.A), Of(twins.B));
            if ((a.Count > 0 && b.Count > 0) || DateTime.UtcNow > deadline)
                return (a, b);
            await Task.Delay(250);
        }
    }

    // ScheduledRuns' two log lines: "<job>: the run of <slot> is this server's; running" / "… is another server's; skipped".
    [GeneratedRegex(@"(?<job>[a-z-]+): the run of (?<slot>\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ) is (?:(?<ran>this server's; running)|another server's; skipped)")]
    private static partial Regex Decision();

    /// <summary>The start of the address throttle's message, up to the time it names.</summary>
    private static readonly string AddressThrottled = Text("Login.AddressThrottled").Split('{')[0].TrimEnd();

    /// <summary>A message as the pages say it (zh, the default resources).</summary>
    private static string Text(string key) =>
        new ResourceManager("DistrictPortal.Web.Resources.SharedResource", typeof(Program).Assembly).GetString(key, CultureInfo.InvariantCulture)!;

    [Fact]
    public async Task An_import_confirmed_on_one_cannot_be_confirmed_again_on_the_other()
    {
        var cookies = new CookieContainer();
        using var a = Browser(twins.A, cookies, "192.0.2.6");
        using var b = Browser(twins.B, cookies, "192.0.2.6");
        await a.SignInAsync("pailou");
        var nodes = twins.Database.GetRequiredService<INodeRepository>();
        var root = Assert.Single(await nodes.GetRootsAsync());
        var pailou = Assert.Single(await nodes.ListByLevelAsync(root.Path, NodeLevel.SubDistrict), n => n.Name == DemoHierarchy.PailouName);
        var estates = twins.Database.GetRequiredService<IEstateRepository>();
        async Task<int> CountAsync() => (await estates.SearchAsync(new EstateQuery { ScopePath = pailou.Path, PageSize = 1 })).TotalCount;
        var before = await CountAsync();
        var workbook = await TemplateAsync(a, pailou.Id);
        var sheet = workbook.Worksheet("小区台账");
        var row = sheet.LastRowUsed()!.RowNumber() + 1;
        object[] added = ["牌楼社区", "双机新村", "牌楼路 19 号", 1995, "是", 6, 240, "9,000.00", null!, "一类", "无物业", "否", "否"];
        for (var c = 0; c < added.Length; c++)
            if (added[c] is { } v) sheet.Cell(row, c + 1).SetValue(v.ToString());
        var preview = await PreviewAsync(a, pailou.Id, Bytes(workbook));

        // The same confirmation sent to both servers at once, then once more to the second.
        var answers = await Task.WhenAll(Task.Run(() => ConfirmAsync(a, preview)), Task.Run(() => ConfirmAsync(b, preview)));
        var replay = await ConfirmAsync(b, preview);

        // Committed: the registry; refused: the import page again saying it was confirmed before (the confirmation's
        // claim in the database), not that the file or the registry changed. A redirect to sign-in is neither.
        Assert.Equal(1, answers.Count(r => r.StatusCode == HttpStatusCode.Redirect && r.Headers.Location?.OriginalString == "/estates"));
        var refused = Assert.Single(answers, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Contains(Text("Import.AlreadyConfirmed"), await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Contains(Text("Import.AlreadyConfirmed"), await replay.Content.ReadAsStringAsync());
        Assert.Equal(before + 1, await CountAsync());
    }
}
