using DistrictPortal.Core.Attachments;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Committees;
using DistrictPortal.Core.Enterprises;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Management;
using DistrictPortal.Web.Infrastructure.Configuration;

namespace DistrictPortal.Web.Infrastructure.DemoData;

/// <summary>
/// Enterprises, contracts, a managing body and a trusteeship on the demo (issue 20), made through Core's services as the
/// pages would, after the return history has set the registry's modes: 牌楼街道's estates taken over by an enterprise get
/// contracts (one with the state-owned enterprise ending within 90 days, its signed file attached), its first
/// self-managed estates a body (业委会 where a committee term is current, else a 物管会 with members) and its first
/// trusteeship estate the trusteeship of its own community. Details follow the modes, so the demo shows no disagreement
/// where it can avoid one.
/// </summary>
public sealed class DemoEnterprises(
    EnterpriseService register, ContractService contracts, ManagementService management, AttachmentService attachments,
    IEstateRepository estates, INodeRepository nodes, ICommitteeRepository committees, PortalClock clock, ILogger<DemoEnterprises> log)
{
    /// <summary>Name, the first 17 characters of the credit code (the check character is computed), state-owned, contact, phone.</summary>
    public static readonly (string Name, string First17, bool StateOwned, string Contact, string Phone)[] Enterprises =
    [
        ("杭州城投物业服务有限公司", "91330100MA27X0A1B", true, "王建国", "0571-87010001"),
        ("绿城物业服务集团有限公司", "91330000142953021", false, "陈丽", "0571-87010002"),
        ("滨江物业管理有限公司", "913301087043231R4", false, "刘洋", "0571-87010003"),
        ("邻里物业服务有限公司", "91330106MA2CDE7F8", false, "赵敏", "138 0571 0004"),
    ];

    public async Task SeedAsync(ChangeContext context)
    {
        var today = clock.Today;
        var ids = new List<long>();
        foreach (var e in Enterprises)
        {
            var result = await register.CreateAsync(
                new EnterpriseInput(e.Name, e.First17 + CreditCode.CheckCharacter(e.First17), e.StateOwned, e.Contact, e.Phone), context);
            ids.Add(result.Value);
        }

        var root = (await nodes.GetRootsAsync()).Single();
        var pailou = (await nodes.ListByLevelAsync(root.Path, NodeLevel.SubDistrict)).Single(n => n.Name == DemoHierarchy.PailouName);
        var all = (await estates.SearchAsync(new EstateQuery { ScopePath = pailou.Path, PageSize = 1000 })).Items
            .Where(e => !e.IsRetired && e.Status != ManagementStatus.AffordableHousing).ToList();

        var contracted = 0;
        foreach (var (estate, i) in all.Where(e => e.Mode is ManagementMode.PropertyEnterprise or ManagementMode.None)
                     .OrderBy(e => e.Mode == ManagementMode.PropertyEnterprise ? 0 : 1).Take(4).Select((e, i) => (e, i)))
        {
            // The first with the state-owned enterprise, ending 45 days from today: the "ending within 90 days" example.
            var (start, end) = i == 0 ? (today.AddYears(-2).AddDays(46), today.AddDays(45)) : (today.AddMonths(-6 * i), today.AddYears(3).AddMonths(-6 * i));
            var input = new ContractInput(ids[i % ids.Count], start, end, 0.85m + 0.4m * i, (ServiceLevel)(1 + i % 3), start.AddDays(-10));
            var added = await contracts.AddAsync(estate.Id, input, today, context);
            if (!added.Succeeded)
                continue;
            contracted++;
            if (i == 0)
                await attachments.AddAsync(AttachmentOwnerKind.ServiceContract, added.Value, estate.Id, $"{estate.Name}_物业服务合同（演示）.pdf",
                    DemoGovernance.MinimalPdf($"Demo service contract {added.Value}"), AttachmentService.DefaultMaxBytes, context);
        }

        var bodies = 0;
        foreach (var estate in all.Where(e => e.Mode == ManagementMode.CommitteeSelfManaged).Take(2))
        {
            var hasCommittee = (await committees.GetRecordAsync(estate.Id)).Current is not null;
            var result = hasCommittee
                ? await management.SaveBodyAsync(estate.Id, ManagingBodyKind.OwnersCommittee, today.AddMonths(-8), [], 0, today, context)
                : await management.SaveBodyAsync(estate.Id, ManagingBodyKind.PropertyManagementCommittee, today.AddMonths(-5),
                    [new() { Name = "周海燕", Role = "主任" }, new() { Name = "吴志强", Role = "委员" }, new() { Name = "郑秀英", Role = "社区代表" }],
                    0, today, context);
            bodies += result.Succeeded ? 1 : 0;
        }

        var trusteeships = 0;
        if (all.FirstOrDefault(e => e.Mode == ManagementMode.CommunityTrusteeship) is { } trustEstate)
        {
            var result = await management.SaveTrusteeshipAsync(trustEstate.Id, trustEstate.CommunityId,
                TrusteeshipServices.Cleaning | TrusteeshipServices.Repairs | TrusteeshipServices.Security, today.AddMonths(-4),
                "小区公共收益（停车、广告）及每户每月10元保洁费（演示）", 0, today, context);
            trusteeships += result.Succeeded ? 1 : 0;
        }
        log.LogInformation("Demo enterprises seeded: {Enterprises} enterprises, {Contracts} contracts, {Bodies} managing bodies, {Trusteeships} trusteeships",
            ids.Count, contracted, bodies, trusteeships);
    }
}
