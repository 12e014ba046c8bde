using System.Net;
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
/// Issue 19: two web servers on one database behave as one. Each test is a browser (one cookie jar) whose requests
/// land on either server, as a load balancer without sticky sessions sends them.
/// </summary>
public sealed class TwoInstancesTests(TwinPortals twins) : IClassFixture<TwinPortals>
{
    [Fact]
    public async Task A_sign_in_on_one_is_valid_on_the_other_and_a_sign_out_on_the_other_ends_it_on_both()
    {
        var cookies = new CookieContainer();
        using var a = Browser(twins.A, cookies);
        using var b = Browser(twins.B, cookies);

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
        var cookies = new CookieContainer();
        using var a = Browser(twins.A, cookies);
        using var b = Browser(twins.B, cookies);

        for (var i = 0; i < SignInPolicy.MaxFailures; i++)
            await (i % 2 == 0 ? a : b).PostLoginAsync("xishan", "wrong password " + i);

        Assert.Equal(HttpStatusCode.OK, (await a.PostLoginAsync("xishan", DemoAccounts.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await b.PostLoginAsync("xishan", DemoAccounts.Password)).StatusCode);
        var user = await twins.B.Services.GetRequiredService<IUserRepository>().GetByUserNameAsync("xishan");
        Assert.True(SignInPolicy.IsLockedOut(user!, DateTime.UtcNow));
    }

    [Fact]
    public async Task Twenty_failures_from_one_address_spread_over_both_refuse_that_address_on_both()
    {
        using var sprayA = Browser(twins.A, new CookieContainer(), "203.0.113.19");
        using var sprayB = Browser(twins.B, new CookieContainer(), "203.0.113.19");
        // Ten on each: under the limit on either server alone, at it counted together.
        for (var i = 1; i <= SignInPolicy.MaxFailuresPerAddress; i++)
            await (i % 2 == 0 ? sprayA : sprayB).PostLoginAsync($"sprayed-{i}", "123456");

        var refusedA = await sprayA.PostLoginAsync("nanan", DemoAccounts.Password);
        var refusedB = await sprayB.PostLoginAsync("nanan", DemoAccounts.Password);
        using var office = Browser(twins.B, new CookieContainer(), "198.51.100.19");
        var signedIn = await office.PostLoginAsync("nanan", DemoAccounts.Password);

        Assert.Contains("该网络地址登录失败次数过多", await refusedA.Content.ReadAsStringAsync());
        Assert.Contains("该网络地址登录失败次数过多", await refusedB.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    [Fact]
    public async Task A_change_made_through_one_is_on_the_other_league_trend_dashboard_registry_and_matrix_at_the_next_request()
    {
        var cookies = new CookieContainer();
        using var a = Browser(twins.A, cookies);
        using var b = Browser(twins.B, cookies);
        await a.SignInAsync("admin");
        var nodes = twins.A.Services.GetRequiredService<INodeRepository>();
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
        // The three return jobs for real, on both servers at once; the briefing pack (PDFs, slow) through the same claim.
        var ran = new[]
        {
            await OnBothAsync(s => s.GetRequiredService<DeadlineReminderJob>().RunScheduledAsync()),
            await OnBothAsync(s => s.GetRequiredService<OverdueMarkingJob>().RunScheduledAsync()),
            await OnBothAsync(s => s.GetRequiredService<WeekCloseSnapshotJob>().RunScheduledAsync()),
            await OnBothAsync(s => s.GetRequiredService<ScheduledRuns>().OnceAsync(
                WeeklyBriefingPackJob.RecurringId, ScheduledRuns.Hourly, _ => Task.CompletedTask)),
        };

        Assert.All(ran, r => Assert.Equal(1, r));
    }

    /// <summary>How many of the two servers ran it, fired at the same moment; again if the two fell in two slots.</summary>
    private async Task<int> OnBothAsync(Func<IServiceProvider, Task<bool>> fire)
    {
        for (var attempt = 0; ; attempt++)
        {
            var slot = ScheduledRuns.SlotOf(DateTime.UtcNow, ScheduledRuns.FiveMinutes);
            using var scopeA = twins.A.Services.CreateScope();
            using var scopeB = twins.B.Services.CreateScope();
            var runs = await Task.WhenAll(Task.Run(() => fire(scopeA.ServiceProvider)), Task.Run(() => fire(scopeB.ServiceProvider)));
            if (slot == ScheduledRuns.SlotOf(DateTime.UtcNow, ScheduledRuns.FiveMinutes) || attempt == 1)
                return runs.Count(r => r);
        }
    }

    [Fact]
    public async Task An_import_confirmed_on_one_cannot_be_confirmed_again_on_the_other()
    {
        var cookies = new CookieContainer();
        using var a = Browser(twins.A, cookies);
        using var b = Browser(twins.B, cookies);
        await a.SignInAsync("pailou");
        var nodes = twins.A.Services.GetRequiredService<INodeRepository>();
        var root = Assert.Single(await nodes.GetRootsAsync());
        var pailou = Assert.Single(await nodes.ListByLevelAsync(root.Path, NodeLevel.SubDistrict), n => n.Name == DemoHierarchy.PailouName);
        var estates = twins.B.Services.GetRequiredService<IEstateRepository>();
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

        Assert.Equal(1, answers.Count(r => r.StatusCode == HttpStatusCode.Redirect));
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Contains("import-refusal", await replay.Content.ReadAsStringAsync());
        Assert.Equal(before + 1, await CountAsync());
    }
}
