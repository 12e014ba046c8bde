using System.Globalization;
using DistrictPortal.Core.Enterprises;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Documents.Pdf.Briefing;
using DistrictPortal.Web.Infrastructure.Configuration;

namespace DistrictPortal.Web.Features.Enterprises;

/// <summary>
/// The briefing's short figure on property service contracts (issue 20): how many estates of the node have a current
/// contract, how many of them with a state-owned enterprise, and the contracts ending within 90 days (at most five named,
/// soonest first), read live as /enterprises/ending shows them. Filed in Chinese, as the whole briefing.
/// </summary>
public sealed class BriefingContracts(IContractRepository contracts, PortalClock clock)
{
    public const int Named = 5;

    public async Task<BriefingSection> SectionAsync(Node node)
    {
        var today = clock.Today;
        var all = await contracts.ListInScopeAsync(node.Path);
        var current = all.Where(c => ContractRules.IsCurrent(c, today)).ToList();
        var estates = current.Select(c => c.EstateId).Distinct().Count();
        var stateOwned = current.Where(c => c.IsStateOwned).Select(c => c.EstateId).Distinct().Count();
        var ending = ContractRules.EndingSoon(all, today);
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{BriefingFormat.Live(today)}：有现行物业服务合同的小区{BriefingFormat.Count(estates)}个（其中国有物业企业{BriefingFormat.Count(stateOwned)}个）；{ContractRules.EndingWithinDays}天内到期{BriefingFormat.Count(ending.Count)}份");
        if (ending.Count > 0)
        {
            var named = ending.Take(Named).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.EstateName}（{c.EnterpriseName}，{BriefingFormat.Date(c.LastDay)}）"));
            text += "：" + string.Join("、", named) + (ending.Count > Named ? "等" : "");
        }
        return new BriefingSection("物业服务合同", text + "。");
    }
}
