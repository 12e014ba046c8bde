using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Enterprises;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Packages;
using DistrictPortal.Web.Infrastructure.Configuration;

namespace DistrictPortal.Web.Infrastructure.DemoData;

/// <summary>
/// Mode 4 on the demo (issue 20): two packages of 牌楼街道 made through Core's <see cref="PackageService"/> as the pages
/// would. 一号片区 (观音岩 and 万安, a three-year term) is well into its term; 二号片区 (太平, a one-year term) ends within the
/// notice period, so its renewal vote is due. Each has its tender (the winner and bidders from the enterprise register
/// when the demo has enterprises, by name otherwise), the communities' daily supervision and a quarterly review of every
/// estate for each quarter of the term already over.
/// </summary>
public sealed class DemoPackages(
    PackageService service, IPackageRepository packages, IEstateRepository estates, INodeRepository nodes, IEnterpriseRepository enterprises,
    PortalClock clock, ILogger<DemoPackages> log)
{
    public const string FirstName = "牌楼一号片区";
    public const string SecondName = "牌楼二号片区";

    private static readonly string[] TypedBidders = ["重庆渝牌物业服务有限公司（演示）", "重庆城安物业管理有限公司（演示）", "重庆佳园物业服务有限公司（演示）"];

    public async Task SeedAsync(ChangeContext context)
    {
        var today = clock.Today;
        var root = (await nodes.GetRootsAsync()).Single();
        var pailou = (await nodes.ListByLevelAsync(root.Path, NodeLevel.SubDistrict)).Single(n => n.Name == DemoHierarchy.PailouName);
        var communities = await nodes.GetChildrenAsync(pailou.Id);
        async Task<IEnumerable<long>> Take(string community, int count)
        {
            var node = communities.Single(c => c.Name == community);
            var list = (await estates.SearchAsync(new EstateQuery { ScopePath = node.Path, PageSize = 100 })).Items;
            return list.OrderBy(e => e.Status == ManagementStatus.Unmanaged ? 0 : 1).ThenBy(e => e.Id).Take(count).Select(e => e.Id);
        }
        var register = (await enterprises.ListAsync()).Take(3).ToList();
        var first = await PackageAsync(pailou, FirstName, [.. await Take("观音岩社区", 3), .. await Take("万安社区", 2)], today.AddDays(-400), 3, 0, register, context);
        var second = await PackageAsync(pailou, SecondName, [.. await Take("太平社区", 3)], today.AddDays(-360), 1, 1, register, context);
        log.LogInformation("Demo packages seeded: {First}, {Second}", first, second);
    }

    private async Task<long?> PackageAsync(
        Node pailou, string name, long[] estateIds, DateOnly createdOn, int termYears, int winner, IReadOnlyList<Enterprise> register, ChangeContext context)
    {
        var created = await service.CreateAsync(pailou.Id, pailou.Path, new PackageInput { Name = name, EstateIds = estateIds }, createdOn, context);
        if (!created.Succeeded)
        {
            log.LogWarning("Demo package {Name} refused: {Errors}", name, string.Join(", ", created.Errors));
            return null;
        }
        var package = (await packages.GetByIdAsync(created.Value))!;
        var tenderDate = createdOn.AddDays(30);
        var termStart = tenderDate.AddDays(15);
        var bidders = register.Count >= PackageRules.MinBidders ? register.Select(e => e.Name).ToArray() : TypedBidders;
        var tender = await service.RecordTenderAsync(package, new TenderInput
        {
            Date = tenderDate,
            Bidders = string.Join('\n', bidders),
            WinnerName = bidders[winner],
            WinnerEnterpriseId = register.Count >= PackageRules.MinBidders ? register[winner].Id : null,
            Price = 180_000m * estateIds.Length,
            TermStart = termStart,
            TermEnd = termStart.AddYears(termYears).AddDays(-1),
        }, tenderDate, At(context, "牌楼街道报送员", tenderDate));
        if (!tender.Succeeded)
        {
            log.LogWarning("Demo tender of {Name} refused: {Errors}", name, string.Join(", ", tender.Errors));
            return package.Id;
        }
        var members = await packages.ListMembersAsync(package.Id);
        var today = clock.Today;
        var visits = 0;
        foreach (var member in members)
        {
            var day = termStart.AddDays(20 + visits * 17);
            await service.RecordSupervisionAsync(package, new SupervisionInput
            {
                EstateId = member.EstateId, Date = day, Inspector = $"{member.CommunityName}网格员",
                ProblemFound = visits % 3 == 1, Finding = visits % 3 == 1 ? "楼道堆放杂物，已要求物业三日内清理（演示）" : "保洁、秩序维护到位（演示）",
            }, _ => true, today, At(context, $"{member.CommunityName}专干", day));
            visits++;
        }
        // Every quarter of the term already over, one review per estate: scores spread so the grades differ.
        for (var (year, quarter) = (termStart.Year, PackageRules.QuarterOf(termStart)); PackageRules.QuarterEnd(year, quarter) < today;
             (year, quarter) = quarter == 4 ? (year + 1, 1) : (year, quarter + 1))
        {
            var reviewed = PackageRules.QuarterEnd(year, quarter).AddDays(5);
            foreach (var member in members)
                await service.RecordReviewAsync(package, new ReviewInput
                {
                    EstateId = member.EstateId, Year = year, Quarter = quarter, Score = 72 + (int)((member.EstateId * 7 + quarter * 5) % 24),
                    Reviewer = $"{member.CommunityName}居委会",
                }, _ => true, today, At(context, $"{member.CommunityName}专干", reviewed < today ? reviewed : today));
        }
        return package.Id;
    }

    private static ChangeContext At(ChangeContext context, string who, DateOnly day) =>
        new(context.UserId, who, day.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc));
}
