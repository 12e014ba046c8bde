using DistrictPortal.Core.Identity;

namespace DistrictPortal.Web.Infrastructure.DemoData;

public sealed record DemoAccount(string UserName, string DisplayName, Role Role, string ScopeName);

/// <summary>
/// The demo accounts, listed on the sign-in page only while demo data is on. All share one password.
/// </summary>
public static class DemoAccounts
{
    public const string Password = "Demo#2026";

    public static IReadOnlyList<DemoAccount> All { get; } =
    [
        new("admin", "区清零办管理员", Role.Admin, DemoHierarchy.CityName),
        new("bureau", "区住建局审核员", Role.BureauReviewer, DemoHierarchy.DistrictName),
        new("pailou", "牌楼街道报送员", Role.SubDistrictOfficer, DemoHierarchy.PailouName),
        new("yinheshi", "印盒石社区专干", Role.CommunityOfficer, "印盒石社区"),
        // Every community of 牌楼 fills in its own rows of the sub-district's return (社区填报, issue 15).
        new("guanyinyan", "观音岩社区专干", Role.CommunityOfficer, "观音岩社区"),
        new("wanan", "万安社区专干", Role.CommunityOfficer, "万安社区"),
        new("shifeng", "石峰村专干", Role.CommunityOfficer, "石峰村"),
        new("taiping", "太平社区专干", Role.CommunityOfficer, "太平社区"),
        new("dahegou", "大河沟社区专干", Role.CommunityOfficer, "大河沟社区"),
        new("damaqiao", "搭马桥社区专干", Role.CommunityOfficer, "搭马桥社区"),
        new("yuanjiadun", "袁家墩社区专干", Role.CommunityOfficer, "袁家墩社区"),
        new("pailoushequ", "牌楼社区专干", Role.CommunityOfficer, "牌楼社区"),
        new("briefing", "领导小组成员（牌楼街道）", Role.CommitteeMember, DemoHierarchy.PailouName),
        .. DemoHierarchy.GeneratedSubDistricts.Select(s =>
            new DemoAccount(s.Account, $"{s.Name}报送员", Role.SubDistrictOfficer, s.Name)),
    ];
}
