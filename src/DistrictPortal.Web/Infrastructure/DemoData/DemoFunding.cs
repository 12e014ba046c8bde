using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Funding;
using DistrictPortal.Core.Retrofit;

namespace DistrictPortal.Web.Infrastructure.DemoData;

/// <summary>
/// Cost lines and payments on the demo's projects this year, one of each kind P8 names: environment works with an odd
/// cent (1,234,567.89 → city 617,283.94, district 617,283.95), hardware from the special funds, housing common parts
/// with an approved hardship application (1:1), without one (the property-right unit pays) and pending, a waived
/// greening fee, fee relief and post subsidies, and environment works not yet on final accounts. Payments leave
/// balances: 牌楼's district has paid less of its share than the city (out of step), 东湖 is settled, 北城's special
/// funds have paid more than owed.
/// </summary>
public sealed class DemoFunding(IFundingRepository funding)
{
    public async Task SeedAsync(IReadOnlyDictionary<string, IReadOnlyList<RetrofitProject>> bySubDistrict, DateOnly today, ChangeContext context)
    {
        var year = today.Year;
        var jan1 = new DateOnly(year, 1, 1);
        DateOnly On(int day) => jan1.AddDays(Math.Min(day, today.DayNumber - jan1.DayNumber));

        async Task Cost(RetrofitProject p, CostCategory category, decimal amount, bool final = true, HardshipApplication hardship = HardshipApplication.None, string? description = null)
        {
            var cost = new CostItem
            {
                ProjectId = p.Id, Year = year, Category = category, Amount = amount, IsFinalAccount = final, Hardship = hardship,
                HardshipDecidedDate = hardship is HardshipApplication.Approved or HardshipApplication.Rejected ? On(40) : null,
                HardshipNote = hardship == HardshipApplication.Approved ? "区政府审核同意，市、区 1:1 配套" : null,
                Description = description,
            };
            await funding.AddCostAsync(cost, FundingAudit.Created(cost, context));
        }
        async Task Pay(RetrofitProject p, Payer payer, decimal amount, int day, string reference)
        {
            var payment = new Payment { ProjectId = p.Id, Payer = payer, Amount = amount, PaidDate = On(day), Reference = reference };
            await funding.AddPaymentAsync(payment, FundingAudit.Created(payment, context));
        }

        var pailou = bySubDistrict[DemoHierarchy.PailouName];
        var (p0, p1) = (pailou[0], pailou[1]);
        await Cost(p0, CostCategory.EnvironmentWorks, 1_234_567.89m, description: "道路平整、停车位、绿化、公共照明（工程决算）");
        await Cost(p0, CostCategory.HardwareConfiguration, 300_000.00m, description: "围墙、防盗单元门、监控、消防设施");
        await Cost(p0, CostCategory.HousingCommonParts, 456_789.01m, hardship: HardshipApplication.Approved, description: "屋面及公共部位");
        await Cost(p0, CostCategory.WaivedFees, 12_000.00m, description: "绿化补偿费（施工单位负责恢复）");
        await Cost(p1, CostCategory.HousingCommonParts, 88_888.88m, description: "楼道粉刷、线缆整理（产权单位承担）");
        await Cost(p1, CostCategory.HardshipFeeRelief, 50_000.01m, description: "困难群众物业服务费减免");
        await Cost(p1, CostCategory.PostSubsidy, 36_000.00m, description: "管理人员岗位补贴");
        if (pailou.FirstOrDefault(p => p.Status == RetrofitStatus.InWorks) is { } inWorks)
        {
            await Cost(inWorks, CostCategory.EnvironmentWorks, 200_000.00m, final: false, description: "管网改造（预算，未决算）");
            await Cost(inWorks, CostCategory.HousingCommonParts, 66_666.67m, hardship: HardshipApplication.Applied, description: "危旧房维修（申请审核中）");
        }
        await Pay(p0, Payer.City, 617_283.94m, 60, "市财〔演示〕1号");
        await Pay(p0, Payer.District, 600_000.00m, 75, "区财〔演示〕3号");
        await Pay(p0, Payer.SpecialFunds, 300_000.00m, 30, "专项经费拨付单 7 号");
        await Pay(p0, Payer.City, 228_394.50m, 90, "市财〔演示〕2号");
        await Pay(p1, Payer.City, 25_000.00m, 100, "市财〔演示〕4号");
        await Pay(p1, Payer.District, 25_000.01m, 100, "区财〔演示〕5号");
        await Pay(p1, Payer.PropertyRightUnit, 40_000.00m, 110, "产权单位转账");

        var donghu = bySubDistrict["东湖街道（演示）"][0];
        await Cost(donghu, CostCategory.EnvironmentWorks, 500_000.00m, description: "道路与停车位（工程决算）");
        await Pay(donghu, Payer.City, 250_000.00m, 50, "市财〔演示〕6号");
        await Pay(donghu, Payer.District, 250_000.00m, 50, "区财〔演示〕7号");

        var beicheng = bySubDistrict["北城街道（演示）"][0];
        await Cost(beicheng, CostCategory.HardwareConfiguration, 100_000.00m, description: "监控与门禁");
        await Cost(beicheng, CostCategory.PostSubsidy, 24_000.00m, description: "管理人员岗位补贴");
        await Pay(beicheng, Payer.SpecialFunds, 120_000.00m, 45, "专项经费拨付单 9 号");
        await Pay(beicheng, Payer.City, 12_000.00m, 45, "市财〔演示〕8号");
        await Pay(beicheng, Payer.District, 12_000.00m, 45, "区财〔演示〕9号");
    }
}
