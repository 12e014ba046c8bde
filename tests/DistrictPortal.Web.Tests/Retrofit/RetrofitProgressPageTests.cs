using System.Net;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Retrofit;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Infrastructure;
using static DistrictPortal.Web.Tests.Retrofit.RetrofitWorld;

namespace DistrictPortal.Web.Tests.Retrofit;

[Collection(PortalCollection.Name)]
public sealed class RetrofitProgressPageTests(PortalFactory factory)
{
    [Fact]
    public async Task The_city_sees_the_five_programme_districts_with_this_years_share()
    {
        using var admin = await factory.NewClient().SignInAsync("admin");
        var html = await admin.GetPageAsync($"/retrofit?year={Year(factory)}");

        var lines = Lines(html);
        // This year is the programme's second: 5,000,000 m² split equally across five districts.
        Assert.Equal(new[] { DemoHierarchy.DistrictName, "下城区", "江干区", "拱墅区", "西湖区" }, lines.Keys);
        Assert.All(lines.Values, l => Assert.Equal(1_000_000m, l.Target));
        Assert.Contains("未接入本平台", html);
        // Running totals of the programme: last year's 200,000 m² and this year's 1,000,000 m² per district.
        Assert.Equal(Enumerable.Repeat("1200000", 5),
            System.Text.RegularExpressions.Regex.Matches(html, "data-cumulative-target=\"([^\"]+)\"").Select(m => m.Groups[1].Value));
        // The city's own row is the whole year's programme.
        Assert.Contains("data-target=\"5000000\"", Html.OpeningTags(html, "progress-total").Single());
    }

    [Fact]
    public async Task The_district_drills_to_sub_districts_with_a_projection_and_a_shortfall_flag()
    {
        var district = await Demo.NodeAsync(factory, NodeLevel.District, DemoHierarchy.DistrictName);
        using var bureau = await factory.NewClient().SignInAsync("bureau");
        var html = await bureau.GetPageAsync($"/retrofit?year={Year(factory)}&node={district.Id}");

        var lines = Lines(html);
        Assert.Equal(6, lines.Count);
        // 1,000,000 m² over six sub-districts to the square metre: the parts add up.
        Assert.Equal(1_000_000m, lines.Values.Sum(l => l.Target));
        var pailou = lines[DemoHierarchy.PailouName];
        Assert.True(pailou.Accepted >= pailou.Target);
        Assert.False(pailou.Behind);
        Assert.True(RetrofitWorld.Dec(pailou.Projected) >= pailou.Accepted);
        var nanan = lines[Nanan];
        Assert.Equal(0m, nanan.Accepted);
        Assert.True(nanan.Behind);
        Assert.Contains("预计缺口", html);
        // Nothing outside the portal shows below the city.
        Assert.DoesNotContain("未接入本平台", html);
    }

    [Fact]
    public async Task A_sub_district_officer_sees_only_its_own_projects_and_nodes()
    {
        var pailouNode = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        var donghu = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, Donghu);
        var theirs = await FirstProjectAsync(factory, Donghu);
        using var pailou = await factory.NewClient().SignInAsync("pailou");

        var html = await pailou.GetPageAsync("/retrofit");
        var ids = Html.OpeningTags(html, "project").Select(t => long.Parse(Html.Attribute(t, "data-id")!)).ToList();
        Assert.NotEmpty(ids);
        var own = (await Repository(factory).ListProjectsAsync(pailouNode.Path)).Select(p => p.Id).ToHashSet();
        Assert.All(ids, id => Assert.Contains(id, own));
        Assert.Contains("牌楼街道", html);

        Assert.Equal(HttpStatusCode.NotFound, (await pailou.GetAsync($"/retrofit?node={donghu.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await pailou.GetAsync($"/retrofit/projects/{theirs.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await pailou.GetAsync($"/retrofit/projects/{theirs.Id}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await pailou.GetAsync($"/retrofit/projects/{theirs.Id}/accept")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await pailou.GetAsync("/retrofit/projects/987654321")).StatusCode);
    }

    [Fact]
    public async Task Posts_on_a_project_outside_the_scope_are_404_and_change_nothing()
    {
        var theirs = await FirstProjectAsync(factory, Nanan, RetrofitStatus.InWorks);
        using var pailou = await factory.NewClient().SignInAsync("pailou");

        var edit = await pailou.PostFormAsync($"/retrofit/projects/{theirs.Id}/edit",
            Fields(theirs.EstateId, "越权修改", "100").With("Version", theirs.Version.ToString()), tokenPage: "/retrofit/projects/create");
        var accept = await pailou.PostFormAsync($"/retrofit/projects/{theirs.Id}/accept",
            [new("acceptedDate", Today(factory).ToString("yyyy-MM-dd")), new("version", theirs.Version.ToString())], tokenPage: "/retrofit/projects/create");
        // Creating on another sub-district's estate is the same: that estate does not exist for this user.
        var create = await pailou.PostFormAsync("/retrofit/projects/create", Fields(theirs.EstateId, "越权新增", "100"));

        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, accept.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, create.StatusCode);
        var after = (await Repository(factory).GetProjectAsync(theirs.Id))!;
        Assert.Equal((theirs.Name, theirs.Status, theirs.Version), (after.Name, after.Status, after.Version));
    }

    [Fact]
    public async Task The_bureau_reads_but_does_not_edit()
    {
        var project = await FirstProjectAsync(factory, DemoHierarchy.PailouName);
        using var bureau = await factory.NewClient().SignInAsync("bureau");
        Assert.Equal(HttpStatusCode.OK, (await bureau.GetAsync($"/retrofit/projects/{project.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await bureau.GetAsync($"/retrofit/projects/{project.Id}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await bureau.GetAsync("/retrofit/projects/create")).StatusCode);
        Assert.DoesNotContain("/retrofit/projects/create", await bureau.GetPageAsync("/retrofit"));
    }

    [Fact]
    public async Task The_project_list_pages_and_its_pages_together_hold_every_project_once()
    {
        var district = await Demo.NodeAsync(factory, NodeLevel.District, DemoHierarchy.DistrictName);
        var all = (await Repository(factory).ListProjectsAsync(district.Path)).Select(p => p.Id).ToHashSet();
        Assert.True(all.Count > Web.Features.Retrofit.RetrofitController.ProjectPageSize, "the demo should need more than one page");
        using var bureau = await factory.NewClient().SignInAsync("bureau");

        var size = Web.Features.Retrofit.RetrofitController.ProjectPageSize;
        var seen = new List<long>();
        for (var page = 1; page <= (all.Count + size - 1) / size; page++)
        {
            var ids = Html.OpeningTags(await bureau.GetPageAsync($"/retrofit?node={district.Id}&page={page}"), "project")
                .Select(t => long.Parse(Html.Attribute(t, "data-id")!)).ToList();
            Assert.InRange(ids.Count, 1, size);
            seen.AddRange(ids);
        }
        Assert.Equal(all.Order(), seen.Order());
    }
}
