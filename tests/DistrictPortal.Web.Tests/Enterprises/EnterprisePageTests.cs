using System.Globalization;
using System.Net;
using ClosedXML.Excel;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Enterprises;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Management;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Infrastructure.Localization;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Tests.Enterprises;

/// <summary>
/// Issue 20 items 1-3 through the portal: the enterprise register (credit code checked, who adds and who edits, Excel),
/// an estate's contracts (added, overlap refused, listed when ending within 90 days, in the briefing), a managing body and
/// a trusteeship with the mode's disagreement shown, and 404 outside the scope.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class EnterprisePageTests(PortalFactory factory)
{
    private T Get<T>() where T : notnull => factory.Services.GetRequiredService<T>();

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private string Zh(ValidationError error, params string[] features)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        try
        {
            return Get<IStringLocalizer<SharedResource>>().Message(error, features);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static string ValidCode()
    {
        var first17 = "91330102" + Guid.NewGuid().ToString("N")[..9].ToUpperInvariant().Replace('I', '1').Replace('O', '0').Replace('S', '5').Replace('V', 'W').Replace('Z', '2');
        return first17 + CreditCode.CheckCharacter(first17);
    }

    /// <summary>A 牌楼 estate with no contract yet and no mode (so it is free for this test's contract), and not affordable housing.</summary>
    private async Task<Estate> FreeEstateAsync(Node pailou, int skip)
    {
        var all = (await Get<IEstateRepository>().SearchAsync(new EstateQuery { ScopePath = pailou.Path, PageSize = 1000 })).Items;
        var taken = (await Get<IContractRepository>().ListInScopeAsync(pailou.Path)).Select(c => c.EstateId).ToHashSet();
        return all.Where(e => e.Mode == ManagementMode.None && e.Status != ManagementStatus.AffordableHousing && !taken.Contains(e.Id)).Skip(skip).First();
    }

    [Fact]
    public async Task The_register_refuses_a_mistyped_code_an_officer_adds_only_the_office_edits_and_it_exports()
    {
        using var officer = await factory.NewClient().SignInAsync("nanan");
        var code = ValidCode();
        var wrong = code[..17] + CreditCode.Alphabet[(CreditCode.Alphabet.IndexOf(code[17], StringComparison.Ordinal) + 1) % 31];
        var name = "测试物业" + Guid.NewGuid().ToString("N")[..6];

        var refused = await officer.PostFormAsync("/enterprises/new", [new("Name", name), new("CreditCode", wrong)], tokenPage: "/enterprises/new");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains(Zh(new(nameof(Enterprise.CreditCode), ValidationCodes.CreditCodeCheckDigit), "Enterprises"),
            WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Null(await Get<IEnterpriseRepository>().GetByCreditCodeAsync(wrong));

        var added = await officer.PostFormAsync("/enterprises/new",
            [new("Name", name), new("CreditCode", code.ToLowerInvariant()), new("IsStateOwned", "true"), new("ContactName", "测试联系人")], tokenPage: "/enterprises/new");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var enterprise = (await Get<IEnterpriseRepository>().GetByCreditCodeAsync(code))!;
        Assert.True(enterprise.IsStateOwned);
        Assert.Contains(name, await officer.GetPageAsync("/enterprises?q=" + Uri.EscapeDataString(code[..12])));
        var edit = await officer.PostFormAsync($"/enterprises/{enterprise.Id}",
            [new("Name", name + "改"), new("CreditCode", code), new("version", Id(enterprise.Version))], tokenPage: $"/enterprises/{enterprise.Id}");
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);

        using var admin = await factory.NewClient().SignInAsync("admin");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/enterprises/{enterprise.Id}",
            [new("Name", name + "改"), new("CreditCode", code), new("IsStateOwned", "true"), new("version", Id(enterprise.Version))], tokenPage: $"/enterprises/{enterprise.Id}")).StatusCode);
        Assert.Equal(name + "改", (await Get<IEnterpriseRepository>().GetAsync(enterprise.Id))!.Name);

        var xlsx = await admin.GetAsync("/enterprises/export.xlsx?stateOwned=true");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var workbook = new XLWorkbook(await xlsx.Content.ReadAsStreamAsync());
        var cells = workbook.Worksheet(1).CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Contains(name + "改", cells);
        Assert.Contains(DemoEnterprises.Enterprises.Single(e => e.StateOwned).Name, cells);
        Assert.DoesNotContain(DemoEnterprises.Enterprises.First(e => !e.StateOwned).Name, cells);
    }

    [Fact]
    public async Task An_officer_records_a_contract_an_overlap_is_refused_and_the_ending_list_and_briefing_name_the_demo_contract()
    {
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        var estate = await FreeEstateAsync(pailou, 0);
        var enterprise = (await Get<IEnterpriseRepository>().ListAsync()).First(e => e.Name == DemoEnterprises.Enterprises[1].Name);
        using var officer = await factory.NewClient().SignInAsync("pailou");
        var page = $"/contracts/{estate.Id}";
        List<KeyValuePair<string, string>> Contract(string start, string end) =>
            [new("EnterpriseId", Id(enterprise.Id)), new("StartDate", start), new("EndDate", end), new("FeePerSquareMetre", "1.20"), new("Level", "2"), new("SignedOn", "2026-01-05")];

        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync(page, Contract("2026-01-10", "2029-01-09"), tokenPage: page)).StatusCode);
        var overlap = await officer.PostFormAsync(page, Contract("2028-06-01", "2030-05-31"), tokenPage: page);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, overlap.StatusCode);
        Assert.Contains(Zh(new(nameof(ServiceContract.StartDate), ValidationCodes.ContractOverlaps, enterprise.Name, "2026-01-10", "2029-01-09"), "Contracts"),
            WebUtility.HtmlDecode(await overlap.Content.ReadAsStringAsync()));
        var stored = Assert.Single(await Get<IContractRepository>().ListForEstateAsync(estate.Id));
        Assert.Equal((1.20m, ServiceLevel.Two), (stored.FeePerSquareMetre, stored.Level));
        // The mode stays the registry's (none yet): the page says the two disagree rather than changing it.
        var html = await officer.GetPageAsync(page);
        Assert.Contains($"data-flag=\"{ManagementFlag.ContractUnderOtherMode}\"", html);
        Assert.Equal(ManagementMode.None, (await Demo.ReloadAsync(factory, estate.Id))!.Mode);

        var ending = ContractRules.EndingSoon(await Get<IContractRepository>().ListInScopeAsync(pailou.Path), Get<DistrictPortal.Web.Infrastructure.Configuration.PortalClock>().Today);
        var demo = Assert.Single(ending, c => c.EnterpriseName == DemoEnterprises.Enterprises[0].Name);
        Assert.Contains($"data-id=\"{demo.Id}\"", await officer.GetPageAsync("/enterprises/ending"));
        using (var scope = factory.Services.CreateScope())
        {
            var section = await scope.ServiceProvider.GetRequiredService<Web.Features.Enterprises.BriefingContracts>().SectionAsync(pailou);
            Assert.Contains($"{demo.EstateName}（{demo.EnterpriseName}，{demo.LastDay:yyyy-MM-dd}）", section.Text);
        }
        var xlsx = await officer.GetAsync("/enterprises/ending/export.xlsx");
        using var workbook = new XLWorkbook(await xlsx.Content.ReadAsStreamAsync());
        Assert.Contains(demo.EstateName, workbook.Worksheet(1).CellsUsed().Select(c => c.GetString()));
    }

    [Fact]
    public async Task A_managing_body_and_a_trusteeship_are_recorded_by_the_officer_and_refused_outside_the_scope()
    {
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        var estate = await FreeEstateAsync(pailou, 1);
        using var officer = await factory.NewClient().SignInAsync("pailou");
        var page = $"/contracts/{estate.Id}";

        var incomplete = await officer.PostFormAsync($"{page}/body",
            [new("kind", "2"), new("sinceDate", "2026-06-01"), new("memberName", "张三"), new("memberRole", "主任"), new("memberName", "李四"), new("memberRole", ""), new("version", "0")], tokenPage: page);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, incomplete.StatusCode);
        Assert.Contains(Zh(new(nameof(ManagingBody.Members), ManagementService.MemberIncomplete, 2), "Contracts"), WebUtility.HtmlDecode(await incomplete.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync($"{page}/body",
            [new("kind", "2"), new("sinceDate", "2026-06-01"), new("memberName", "张三"), new("memberRole", "主任"), new("memberName", ""), new("memberRole", ""), new("version", "0")], tokenPage: page)).StatusCode);
        Assert.Equal(["张三"], (await Get<IManagementRepository>().GetBodyAsync(estate.Id))!.Members.Select(m => m.Name));

        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync($"{page}/trusteeship",
            [new("communityId", Id(estate.CommunityId)), new("services", "1"), new("services", "8"), new("sinceDate", "2026-09-01"), new("version", "0")], tokenPage: page)).StatusCode);
        Assert.Equal(TrusteeshipServices.Cleaning | TrusteeshipServices.Security, (await Get<IManagementRepository>().GetTrusteeshipAsync(estate.Id))!.Services);
        var html = await officer.GetPageAsync(page);
        Assert.Contains($"data-flag=\"{ManagementFlag.BodyUnderOtherMode}\"", html);
        Assert.Contains($"data-flag=\"{ManagementFlag.TrusteeshipUnderOtherMode}\"", html);

        // 南岸's officer: the estate is outside its scope, so the page and a write answer 404 (ScopeGuard.ToChange: a write
        // must not tell that the id exists either), and nothing is written.
        using var outsider = await factory.NewClient().SignInAsync("nanan");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(page)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostFormAsync($"{page}/body",
            [new("kind", "2"), new("sinceDate", "2026-06-01"), new("memberName", "外人"), new("memberRole", "主任"), new("version", "1")], tokenPage: "/enterprises")).StatusCode);
        Assert.Equal(["张三"], (await Get<IManagementRepository>().GetBodyAsync(estate.Id))!.Members.Select(m => m.Name));
        // The shared register's page shows an outsider no contract of 牌楼.
        var demoEnterprise = (await Get<IEnterpriseRepository>().ListAsync()).First(e => e.Name == DemoEnterprises.Enterprises[0].Name);
        var contracts = await Get<IContractRepository>().ListForEnterpriseAsync(demoEnterprise.Id, pailou.Path);
        var shown = await outsider.GetPageAsync($"/enterprises/{demoEnterprise.Id}");
        Assert.All(contracts, c => Assert.DoesNotContain(c.EstateName, shown));
    }
}
