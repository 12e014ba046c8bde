using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Retrofit;
using DistrictPortal.Web.Infrastructure.Configuration;

namespace DistrictPortal.Web.Infrastructure.DemoData;

/// <summary>
/// The P8 programme for the demo: 1,000,000 / 5,000,000 / 4,000,000 m² over three years (last year, this year, next
/// year), split equally across the programme's five districts. The demo has one city with one district, and adding
/// four district nodes would change every city-wide count the other pages and tests rely on, so 演示区 stands in for
/// 上城区 and the other four (下城区, 江干区, 拱墅区, 西湖区) are target rows with a label only. 演示区's share is split
/// equally across its six sub-districts. Projects in every status: 牌楼街道 has accepted more than its target this
/// year (on pace whatever the day), 南岸 has nothing accepted this year (always flagged), the others in between.
/// </summary>
public sealed class DemoRetrofit(
    IRetrofitRepository retrofit, INodeRepository nodes, IEstateRepository estates, PortalClock clock, DemoFunding funding)
{
    public const string ProgrammeName = "老旧住宅小区物业管理提升工程（演示）";

    /// <summary>Share of each sub-district's target accepted so far this year; 南岸 none.</summary>
    private static readonly Dictionary<string, decimal> AcceptedShare = new()
    {
        [DemoHierarchy.PailouName] = 1.05m,
        ["东湖街道（演示）"] = 0.95m,
        ["西山街道（演示）"] = 0.45m,
        ["南岸街道（演示）"] = 0m,
        ["北城街道（演示）"] = 0.7m,
        ["中华路街道（演示）"] = 0.2m,
    };

    public async Task SeedAsync(Node city, Node district, ChangeContext context)
    {
        var today = DateOnly.FromDateTime(clock.LocalNow.DateTime);
        var year = today.Year;
        var programme = new RetrofitProgramme { NodeId = city.Id, Name = ProgrammeName, FirstYear = year - 1, LastYear = year + 1 };
        await retrofit.CreateProgrammeAsync(programme, RetrofitAudit.Created(programme, context));
        var subDistricts = await nodes.GetChildrenAsync(district.Id);
        for (var y = 0; y < ProgrammeTargets.YearlyArea.Count; y++)
        {
            var shares = TargetSplitter.Split(ProgrammeTargets.YearlyArea[y], ProgrammeTargets.Districts.Count);
            for (var d = 1; d < shares.Count; d++)
                await Target(programme.Id, null, ProgrammeTargets.Districts[d], year - 1 + y, shares[d], context);
            // The city's own row holds the whole year's programme, so the city's total reads against 1, 5 and 4 million m².
            await Target(programme.Id, city.Id, null, year - 1 + y, ProgrammeTargets.YearlyArea[y], context);
            var districtShares = TargetSplitter.Split(shares[0], subDistricts.Count);
            await Target(programme.Id, district.Id, null, year - 1 + y, shares[0], context);
            for (var s = 0; s < subDistricts.Count; s++)
                await Target(programme.Id, subDistricts[s].Id, null, year - 1 + y, districtShares[s], context);
        }

        var thisYearShares = TargetSplitter.Split(TargetSplitter.Split(ProgrammeTargets.YearlyArea[1], 5)[0], subDistricts.Count);
        var projects = new Dictionary<string, IReadOnlyList<RetrofitProject>>();
        for (var s = 0; s < subDistricts.Count; s++)
            projects[subDistricts[s].Name] = await SeedSubDistrictAsync(subDistricts[s], thisYearShares[s], today, context);
        await funding.SeedAsync(projects, today, context);
    }

    private async Task Target(long programmeId, long? nodeId, string? label, int year, long area, ChangeContext context)
    {
        var target = new AreaTarget { ProgrammeId = programmeId, NodeId = nodeId, Label = label, Year = year, TargetArea = area };
        await retrofit.SaveTargetAsync(target, RetrofitAudit.Target(null, target, context));
    }

    private async Task<IReadOnlyList<RetrofitProject>> SeedSubDistrictAsync(Node subDistrict, long target, DateOnly today, ChangeContext context)
    {
        var estateNodes = await nodes.ListByLevelAsync(subDistrict.Path, NodeLevel.Estate);
        var all = new List<Estate>();
        foreach (var node in estateNodes)
        {
            if (await estates.GetByIdAsync(node.Id) is { } estate)
                all.Add(estate);
        }
        // Estates in the programme's scope first (P8: built before 1999, complete-set, not professionally managed); a
        // sub-district that runs out of them goes on with others, which the project list flags (issue 13).
        var queue = new Queue<Estate>(all.Where(EstateValidator.IsInOldEstateProgramme).Concat(all.Where(e => !EstateValidator.IsInOldEstateProgramme(e))));
        var made = new List<RetrofitProject>();
        var jan1 = new DateOnly(today.Year, 1, 1);
        var elapsed = today.DayNumber - jan1.DayNumber;

        // Accepted this year, spread from 1 January to today, until the share of the target is reached.
        var goal = target * AcceptedShare.GetValueOrDefault(subDistrict.Name, 0.5m);
        var accepted = 0m;
        for (var i = 0; accepted < goal && queue.Count > 0; i++)
        {
            var on = jan1.AddDays(elapsed * ((i * 37) % 100) / 100);
            var estate = queue.Dequeue();
            var project = Project(estate, RetrofitStatus.Accepted, RetrofitWorkItems.Enclosure | RetrofitWorkItems.DoorsAndCctv | RetrofitWorkItems.Environment,
                on.AddDays(-150), on.AddDays(-20), on);
            // 牌楼's first one is a management area merging scattered buildings: the next estate of the same community.
            if (i == 0 && subDistrict.Name == DemoHierarchy.PailouName && queue.TryPeek(out var next) && next.CommunityId == estate.CommunityId)
            {
                queue.Dequeue();
                project.MergedEstateIds = [next.Id];
                project.Area += next.FloorArea;
                project.Name = $"{estate.Name}等零星楼栋合并整治";
            }
            accepted += project.Area;
            made.Add(await Create(project, context));
        }
        // Last year's, for the history; then one completed awaiting acceptance, two in works and two planned.
        if (queue.Count > 0)
            made.Add(await Create(Project(queue.Dequeue(), RetrofitStatus.Accepted, RetrofitWorkItems.Housing, jan1.AddDays(-300), jan1.AddDays(-60), jan1.AddDays(-45)), context));
        if (queue.Count > 0)
            made.Add(await Create(Project(queue.Dequeue(), RetrofitStatus.Completed, RetrofitWorkItems.All, today.AddDays(-200), today.AddDays(-7), null), context));
        for (var i = 0; i < 2 && queue.Count > 0; i++)
            made.Add(await Create(Project(queue.Dequeue(), RetrofitStatus.InWorks, RetrofitWorkItems.FireFacilities | RetrofitWorkItems.UtilityNetworks, today.AddDays(-90 + i * 30), null, null), context));
        for (var i = 0; i < 2 && queue.Count > 0; i++)
            made.Add(await Create(Project(queue.Dequeue(), RetrofitStatus.Planned, RetrofitWorkItems.ManagementRoom | RetrofitWorkItems.Environment, null, null, null), context));
        // In the order the project list shows them (by estate path), whatever order the scope rule took them in.
        var paths = all.ToDictionary(e => e.Id, e => e.Path);
        return made.OrderBy(p => paths[p.EstateId], StringComparer.Ordinal).ThenBy(p => p.Id).ToList();
    }

    private static RetrofitProject Project(Estate estate, RetrofitStatus status, RetrofitWorkItems works, DateOnly? started, DateOnly? completed, DateOnly? acceptedOn) => new()
    {
        EstateId = estate.Id,
        Name = $"{estate.Name}物业管理提升工程",
        WorkItems = works,
        Area = estate.FloorArea,
        Status = status,
        StartedDate = started,
        CompletedDate = completed,
        AcceptedDate = acceptedOn,
    };

    private async Task<RetrofitProject> Create(RetrofitProject project, ChangeContext context)
    {
        await retrofit.CreateProjectAsync(project, RetrofitAudit.Created(project, context));
        return project;
    }
}
