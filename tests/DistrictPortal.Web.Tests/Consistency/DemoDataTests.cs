using System.Text.RegularExpressions;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Retrofit;
using DistrictPortal.Core.Returns;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Consistency;

/// <summary>
/// The demo data keeps the campaign's rules (issue 13): no struck-off estate with fewer than the six haves, no 保障房
/// run by an enterprise, no retrofit project on an estate outside the programme's scope, and every estate page's
/// 八有 "有物管用房" says what its 5‰ check says. Its own demo database: no other test's edits in between.
/// </summary>
public sealed partial class DemoDataTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<IReadOnlyList<Estate>> AllEstatesAsync()
    {
        var root = Assert.Single(await factory.Services.GetRequiredService<INodeRepository>().GetRootsAsync());
        return await factory.Services.GetRequiredService<IEstateRepository>().ListAfterPathAsync(root.Path, null, 100_000);
    }

    [Fact]
    public async Task No_struck_off_estate_lacks_a_have_and_no_affordable_housing_is_run_by_an_enterprise()
    {
        var estates = await AllEstatesAsync();
        var returns = factory.Services.GetRequiredService<IWeeklyReturnRepository>();
        var problems = new List<string>();
        var struck = 0;
        foreach (var subDistrict in estates.GroupBy(e => e.SubDistrictId))
        {
            foreach (var facts in await returns.ListRegistryFactsAsync(subDistrict.Key))
            {
                if (!facts.IsStruckOff)
                    continue;
                struck++;
                if (!Haves.IsComplete(facts.SixHaves))
                    problems.Add($"estate {facts.EstateId}: struck off on {facts.StruckOffDate} with 六有 {Haves.Count(facts.SixHaves)}/6");
            }
        }
        foreach (var e in estates.Where(e => e.Status == ManagementStatus.AffordableHousing && e.Mode == ManagementMode.PropertyEnterprise))
            problems.Add($"{e.SubDistrictName} {e.Name}: 保障房 run by an enterprise");
        Assert.True(struck > 20, $"only {struck} struck-off estates in the demo");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Every_retrofit_project_on_an_estate_outside_the_programme_is_flagged_on_the_project_list()
    {
        var estates = (await AllEstatesAsync()).ToDictionary(e => e.Id);
        var district = await Demo.NodeAsync(factory, NodeLevel.District, DemoHierarchy.DistrictName);
        var projects = await factory.Services.GetRequiredService<IRetrofitRepository>().ListProjectsAsync(district.Path);
        Assert.NotEmpty(projects);
        var outside = projects.Where(p => p.MergedEstateIds.Prepend(p.EstateId).Any(id => !EstateValidator.IsInOldEstateProgramme(estates[id])))
            .Select(p => p.Id).ToHashSet();
        // The demo takes estates in the programme's scope first: most projects stand on one.
        Assert.True(outside.Count * 2 < projects.Count, $"{outside.Count} of {projects.Count} projects outside the programme");

        using var bureau = await factory.NewClient().SignInAsync("bureau");
        var flagged = new HashSet<long>();
        var size = Web.Features.Retrofit.RetrofitController.ProjectPageSize;
        for (var page = 1; page <= (projects.Count + size - 1) / size; page++)
        {
            var html = await bureau.GetPageAsync($"/retrofit?node={district.Id}&page={page}");
            foreach (Match row in ProjectRow().Matches(html))
            {
                if (row.Value.Contains("outside-programme", StringComparison.Ordinal))
                    flagged.Add(long.Parse(row.Groups["id"].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        Assert.Equal(outside.Order(), flagged.Order());
    }

    [Fact]
    public async Task The_estate_page_says_it_has_its_management_room_exactly_when_its_five_per_mille_check_is_met()
    {
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        using var bureau = await factory.NewClient().SignInAsync("bureau");
        var problems = new List<string>();
        var seen = new HashSet<string>();
        foreach (var estate in (await AllEstatesAsync()).Where(e => e.SubDistrictId == pailou.Id))
        {
            var page = await bureau.GetPageAsync($"/estates/{estate.Id}");
            var outcome = Html.Attribute(Html.OpeningTags(page, "room-check").First(), "data-outcome")!;
            var roomHave = RoomHave().Match(page);
            Assert.True(roomHave.Success, $"{estate.Name}: no 有物管用房 line on the page");
            var has = roomHave.Groups["yes"].Value == "yes";
            seen.Add($"{outcome}/{has}");
            if (has != (outcome != nameof(ManagementRoomOutcome.Short)))
                problems.Add($"{estate.Name}: 5‰ check {outcome}, 有物管用房 {(has ? "是" : "否")}");
        }
        // The demo has rooms that meet 5‰ and rooms that fall short: both sides of the rule are walked.
        Assert.Contains($"{nameof(ManagementRoomOutcome.Met)}/True", seen);
        Assert.Contains($"{nameof(ManagementRoomOutcome.Short)}/False", seen);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [GeneratedRegex("<tr class=\"project\" data-id=\"(?<id>\\d+)\".*?</tr>", RegexOptions.Singleline)]
    private static partial Regex ProjectRow();

    // The eight-haves list item of 有物管用房: its class says whether the page shows it as had.
    [GeneratedRegex("<li class=\"is-(?<yes>yes|no)\"><span class=\"checklist__mark\" aria-hidden=\"true\">.</span> 有物管用房")]
    private static partial Regex RoomHave();
}
