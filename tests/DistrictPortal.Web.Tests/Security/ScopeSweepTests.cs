using System.Globalization;
using System.Net;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Web.Infrastructure.Security;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace DistrictPortal.Web.Tests.Security;

/// <summary>
/// Issue 8's sweep: every controller action the app routes (<see cref="RouteCatalog"/>), called by every role with ids
/// from outside that role's scope. A read must be 404 or 403, a write 403, 404 or 400, or a redirect to sign-in; no
/// answer may carry a foreign name; nothing may be written. The test fails listing every route that answered otherwise.
/// The admin's scope is the whole city, so it has no foreign ids; 外区 gives the bureau some (see <see cref="SweepWorld"/>).
/// </summary>
[Collection(SweepCollection.Name)]
public sealed class ScopeSweepTests(SweepWorld world, ITestOutputHelper output)
{
    [Fact]
    public async Task Every_action_with_an_id_refuses_ids_from_outside_the_users_scope_and_shows_no_foreign_data()
    {
        var actions = RouteCatalog.Actions(world.Portal.Services).Where(a => !a.AllowsAnonymous && a.Parameters.Any(IsId)).ToList();
        Assert.Contains(actions, a => a.Method == "GET" && a.Route == "/estates/{id:long}");
        Assert.Contains(actions, a => a.Method == "POST" && a.Route == "/returns/{subDistrictId:long}/{weekEnding}/accept");
        var clients = new Dictionary<string, (PortalClient Client, string Token)>();
        foreach (var userName in SweepWorld.Users.Where(u => u != "admin"))
        {
            var client = await world.Portal.NewClient().SignInAsync(userName);
            clients[userName] = (client, await client.TokenFromAsync("/"));
        }
        var auditBefore = world.AuditCount();
        var failures = new List<string>();
        var probes = 0;

        foreach (var (userName, (client, token)) in clients)
        {
            var foreign = world.ForeignTo(userName);
            foreach (var action in actions)
            {
                // An enterprise is never foreign (one register for the portal): its page is checked for leaks, not refused.
                var strict = action.Parameters.Where(IsId).All(p => KindOf(action, p) is not (IdKind.Unknown or IdKind.Enterprise));
                foreach (var url in Urls(action, foreign))
                {
                    probes++;
                    var response = action.Method == "GET"
                        ? await client.GetAsync(url)
                        : await client.PostWithoutTokenAsync(url, [new("__RequestVerificationToken", token)]);
                    if (Verdict(action, response, await response.Content.ReadAsStringAsync(), foreign, strict) is { } problem)
                        failures.Add($"{userName}: {action.Method} {url} ({action.Controller}.{action.Action}) {problem}");
                }
            }
        }
        foreach (var (client, _) in clients.Values)
            client.Dispose();

        output.WriteLine($"{probes} probes over {actions.Count} actions with ids, {clients.Count} accounts.");
        foreach (var loose in actions.Where(a => a.Parameters.Where(IsId).Any(p => KindOf(a, p) == IdKind.Unknown)))
            output.WriteLine($"Id of unknown kind (every foreign id tried, checked for leaks and crashes only): {loose}");
        Assert.True(failures.Count == 0, $"{failures.Count} answers to ids from outside the scope were not a refusal:\n" + string.Join("\n", failures));
        Assert.Equal(auditBefore, world.AuditCount());
        var order = await world.Portal.Services.GetRequiredService<ISupervisionOrderRepository>().GetByIdAsync(world.OuterOrderId);
        Assert.True(order!.IsOpen, "外区's supervision order was closed by someone outside its scope");
        var notes = await world.Portal.Services.GetRequiredService<INotificationRepository>().ListForUserAsync(world.UserOf("admin").Id);
        Assert.Null(notes.Single(n => n.Id == world.AdminNotificationId).ReadUtc);
    }

    /// <summary>Contract, package and enterprise writes outside the scope answer 404, as their reads do (ScopeGuard.ToChange).</summary>
    [Fact]
    public async Task Contract_package_and_enterprise_writes_with_ids_from_outside_the_scope_answer_404_like_their_reads()
    {
        // Enterprise ids are never foreign (one register for the portal), so the enterprise writes with them are not swept here.
        var actions = RouteCatalog.Actions(world.Portal.Services)
            .Where(a => a.Method == "POST" && a.Controller is "Contracts" or "Packages" or "Enterprises" && a.Parameters.Any(IsId))
            .Where(a => a.Parameters.Where(IsId).All(p => KindOf(a, p) is not (IdKind.Unknown or IdKind.Enterprise)))
            .ToList();
        Assert.Contains(actions, a => a.Controller == "Contracts");
        Assert.Contains(actions, a => a.Controller == "Packages");
        var failures = new List<string>();
        var probes = 0;
        var clients = new Dictionary<string, (PortalClient Client, string Token)>();
        foreach (var userName in SweepWorld.Users.Where(u => u != "admin"))
        {
            var client = await world.Portal.NewClient().SignInAsync(userName);
            clients[userName] = (client, await client.TokenFromAsync("/"));
        }
        var auditBefore = world.AuditCount(); // after the sign-ins, which are audited
        foreach (var (userName, (client, token)) in clients)
        {
            using var _ = client;
            foreach (var action in actions)
                foreach (var url in Urls(action, world.ForeignTo(userName)))
                {
                    probes++;
                    var response = await client.PostWithoutTokenAsync(url, [new("__RequestVerificationToken", token)]);
                    if (response.StatusCode != HttpStatusCode.NotFound)
                        failures.Add($"{userName}: POST {url} ({action.Controller}.{action.Action}) answered {(int)response.StatusCode} (404 expected)");
                }
        }
        output.WriteLine($"{probes} write probes over {actions.Count} contract and package actions.");
        Assert.True(probes > 0);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(auditBefore, world.AuditCount());
    }

    [Fact]
    public async Task Pages_behind_a_policy_refuse_every_role_the_policy_refuses_and_no_page_without_ids_fails()
    {
        var actions = RouteCatalog.Actions(world.Portal.Services).Where(a => !a.AllowsAnonymous && a.Parameters.Count == 0).ToList();
        var authorization = world.Portal.Services.GetRequiredService<IAuthorizationService>();
        var failures = new List<string>();
        var refusals = 0;
        foreach (var userName in SweepWorld.Users)
        {
            using var client = await world.Portal.NewClient().SignInAsync(userName);
            var token = await client.TokenFromAsync("/");
            var principal = PortalClaims.Create(world.UserOf(userName));
            foreach (var action in actions.Where(a => a.Route != "/account/logout"))
            {
                var allowed = true;
                foreach (var policy in action.Policies)
                    allowed &= (await authorization.AuthorizeAsync(principal, null, policy)).Succeeded;
                // A write the policy allows is not sent: an empty form proves nothing and could write.
                if (action.Method != "GET" && allowed)
                    continue;
                var response = action.Method == "GET"
                    ? await client.GetAsync(action.Route)
                    : await client.PostWithoutTokenAsync(action.Route, [new("__RequestVerificationToken", token)]);
                var status = (int)response.StatusCode;
                if (!allowed && status != 403)
                    failures.Add($"{userName}: {action} answered {status} where its policy {string.Join(",", action.Policies)} refuses the role (403 expected)");
                else if (status >= 500)
                    failures.Add($"{userName}: {action} answered {status}");
                refusals += allowed ? 0 : 1;
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(refusals >= 3 * 5, $"only {refusals} refusals: the admin-only pages (hierarchy, campaigns, users) were expected to refuse five roles each");
    }

    [Fact]
    public async Task Every_post_action_without_the_anti_forgery_token_is_refused_with_400()
    {
        var actions = RouteCatalog.Actions(world.Portal.Services);
        // The error pages ignore the token on purpose: a failed POST is re-executed as /error/400 and must still render.
        // Any other action opting out has to be reviewed and added here.
        Assert.Equal(["Error.Status"], actions.Where(a => a.IgnoresAntiforgery).Select(a => $"{a.Controller}.{a.Action}").Distinct());
        var posts = actions.Where(a => a.Method == "POST" && !a.IgnoresAntiforgery).ToList();
        Assert.Contains(posts, a => a.Route == "/estates/{id:long}/edit");
        using var admin = await world.Portal.NewClient().SignInAsync("admin");
        using var anonymous = world.Portal.NewClient();
        await anonymous.GetPageAsync("/account/login"); // the anti-forgery cookie, without which any POST fails anyway
        var auditBefore = world.AuditCount();
        var failures = new List<string>();
        foreach (var action in posts)
        {
            // The admin passes every policy, so the token is the only thing between the request and the action.
            var url = action.Url(p => IsId(p) || IsNumeric(p) ? "1" : OtherValue(p, world.ForeignTo("pailou")));
            var client = action.AllowsAnonymous ? anonymous : admin;
            var response = await client.PostWithoutTokenAsync(url, [new("Name", "无令牌"), new("culture", "en")]);
            if (response.StatusCode != HttpStatusCode.BadRequest)
                failures.Add($"{action.Method} {url} ({action.Controller}.{action.Action}) answered {(int)response.StatusCode} without a token (400 expected)");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(auditBefore, world.AuditCount());
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/")).StatusCode); // the logout without a token did not end the session
    }

    [Fact]
    public void The_accountability_and_coordination_ids_are_of_a_kind_the_sweep_knows()
    {
        // An id left "Unknown" gets every foreign id but is checked only for leaks and crashes, never for its 404.
        var loose = RouteCatalog.Actions(world.Portal.Services)
            .Where(a => a.Controller is "Accountability" or "Coordination")
            .Where(a => a.Parameters.Where(IsId).Any(p => KindOf(a, p) == IdKind.Unknown))
            .Select(a => a.ToString()).ToList();
        Assert.Contains(RouteCatalog.Actions(world.Portal.Services), a => a.Controller == "Accountability" && a.Parameters.Any(IsId));
        Assert.Empty(loose);
        Assert.NotEmpty(world.ForeignTo("bureau").Of(IdKind.AccountabilityCase));
        Assert.NotEmpty(world.ForeignTo("bureau").Of(IdKind.CoordinationItem));
    }

    internal static bool IsId(RoutePatternParameterPart p) => p.Name.EndsWith("id", StringComparison.OrdinalIgnoreCase);

    private static bool IsNumeric(RoutePatternParameterPart p) =>
        p.ParameterPolicies.Any(policy => policy.Content is "int" or "long");

    /// <summary>What an id parameter names: by its own name, or for a bare "id" by its controller.</summary>
    internal static IdKind KindOf(SweptAction action, RoutePatternParameterPart p) => p.Name.ToLowerInvariant() switch
    {
        // Rankings are published district-wide (issue 6), and "why this rank" explains a published row.
        "subdistrictid" when action.Controller == "League" && action.Action == "Why" => IdKind.DistrictNode,
        "estateid" => IdKind.Estate,
        "subdistrictid" or "communityid" or "districtid" or "nodeid" or "parentid" => IdKind.Node,
        "returnid" or "weeklyreturnid" => IdKind.Return,
        "campaignid" => IdKind.Campaign,
        "orderid" => IdKind.SupervisionOrder,
        "notificationid" => IdKind.Notification,
        "userid" => IdKind.User,
        // The member units are the office's one list, not scoped: every other role must be refused them (403).
        "unitid" when action.Controller == "Coordination" => IdKind.MemberUnit,
        "contractid" => IdKind.ServiceContract,
        "packageid" => IdKind.Package,
        "id" => action.Controller switch
        {
            "Estates" => IdKind.Estate,
            "Returns" => IdKind.Return,
            "Hierarchy" => IdKind.Node,
            "Campaigns" => IdKind.Campaign,
            "Phases" => IdKind.Campaign,
            "Responsible" => IdKind.Node,
            "Supervision" => IdKind.SupervisionOrder,
            "SupervisionByHand" => IdKind.SupervisionOrder,
            "Inbox" => IdKind.Notification,
            "Users" => IdKind.User,
            "Packages" => IdKind.Package,
            "BriefingArchive" => IdKind.ArchivedBriefing,
            "Attachments" => IdKind.Attachment,
            "Accountability" => IdKind.AccountabilityCase,
            "Coordination" => IdKind.CoordinationItem,
            "Enterprises" => IdKind.Enterprise,
            "Retrofit" => IdKind.RetrofitProject,
            "Funding" when action.Route.Contains("/costs/{id", StringComparison.Ordinal) => IdKind.CostItem,
            "Funding" => IdKind.RetrofitProject,
            "Standards" => IdKind.ServiceStandard,
            _ => IdKind.Unknown,
        },
        _ => IdKind.Unknown,
    };

    /// <summary>A value for a parameter that is not an id: the week of a foreign return for weeks, else something plain.</summary>
    private static string OtherValue(RoutePatternParameterPart p, ForeignIds foreign) =>
        p.Name.Contains("week", StringComparison.OrdinalIgnoreCase) ? foreign.Week.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : p.Name.Contains("year", StringComparison.OrdinalIgnoreCase) ? foreign.Week.Year.ToString(CultureInfo.InvariantCulture)
        : IsNumeric(p) ? "1"
        : "x";

    /// <summary>Each id parameter in turn takes every foreign id of its kind while the others keep their first.</summary>
    private static IEnumerable<string> Urls(SweptAction action, ForeignIds foreign)
    {
        var ids = action.Parameters.Where(IsId).ToDictionary(p => p.Name, p => foreign.Of(KindOf(action, p)));
        if (ids.Values.Any(v => v.Count == 0))
            yield break;
        var seen = new HashSet<string>();
        foreach (var varied in ids.Keys)
        {
            foreach (var id in ids[varied])
            {
                var url = action.Url(p => ids.TryGetValue(p.Name, out var values)
                    ? (p.Name == varied ? id : values[0]).ToString(CultureInfo.InvariantCulture)
                    : OtherValue(p, foreign));
                if (seen.Add(url))
                    yield return url;
            }
        }
    }

    [Fact]
    public async Task The_sweep_flags_an_answer_with_data_or_a_crash_so_it_can_fail()
    {
        // A page of the user's own scope is the answer a leak would give: the sweep's verdict must call it out.
        var own = await Demo.FirstEstateAsync(world.Portal, Core.Hierarchy.NodeLevel.SubDistrict, "牌楼街道");
        using var client = await world.Portal.NewClient().SignInAsync("pailou");
        var response = await client.GetAsync($"/estates/{own.Id}");
        var body = await response.Content.ReadAsStringAsync();
        var action = RouteCatalog.Actions(world.Portal.Services).Single(a => a.Method == "GET" && a.Route == "/estates/{id:long}");
        var withMarker = new ForeignIds(new Dictionary<IdKind, IReadOnlyList<long>>(), default, [own.Name]);

        Assert.Contains("(404 or 403 expected)", Verdict(action, response, body, world.ForeignTo("pailou"), strict: true));
        Assert.Contains("showing foreign data", Verdict(action, response, body, withMarker, strict: false));
        Assert.Null(Verdict(action, new HttpResponseMessage(HttpStatusCode.NotFound), "", world.ForeignTo("pailou"), strict: true));
        Assert.Contains("answered 500", Verdict(action, new HttpResponseMessage(HttpStatusCode.InternalServerError), "", world.ForeignTo("pailou"), strict: false));
    }

    private static string? Verdict(SweptAction action, HttpResponseMessage response, string body, ForeignIds foreign, bool strict)
    {
        var status = (int)response.StatusCode;
        var location = response.Headers.Location?.OriginalString ?? "";
        if (status >= 500)
            return $"answered {status}";
        if (foreign.LeakIn(body) is { } leak)
            return $"answered {status} showing foreign data \"{leak}\"";
        if (!strict || status is 403 or 404 || (action.Method == "POST" && status == 400))
            return null;
        if (status == 302 && location.StartsWith("/account/login", StringComparison.OrdinalIgnoreCase))
            return null;
        return $"answered {status}{(location.Length > 0 ? " → " + location : "")} (404 or 403 expected)";
    }
}
