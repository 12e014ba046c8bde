using System.Net;
using DistrictPortal.Core.Funding;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Retrofit;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static DistrictPortal.Web.Tests.Retrofit.RetrofitWorld;

namespace DistrictPortal.Web.Tests.Funding;

[Collection(PortalCollection.Name)]
public sealed class FundingPageTests(PortalFactory factory)
{
    private IFundingRepository Funding => factory.Services.GetRequiredService<IFundingRepository>();

    private static Dictionary<string, string> Row(string tag) =>
        new[] { "data-name", "data-city-owed", "data-district-owed", "data-city-paid", "data-district-paid", "data-imbalanced", "data-settled" }
            .ToDictionary(a => a, a => Html.Attribute(tag, a)!);

    [Fact]
    public async Task The_reconciliation_shows_each_sub_districts_shares_to_the_cent_with_balances_flagged()
    {
        var district = await Demo.NodeAsync(factory, NodeLevel.District, DemoHierarchy.DistrictName);
        using var bureau = await factory.NewClient().SignInAsync("bureau");
        var html = await bureau.GetPageAsync($"/funding?year={Year(factory)}&node={district.Id}");

        Assert.Contains("多出的1分由区级承担", html);
        var rows = Html.OpeningTags(html, "funding-line").Select(Row).ToDictionary(r => r["data-name"]);
        var pailou = rows[DemoHierarchy.PailouName];
        // 1,234,567.89 + 456,789.01 (approved hardship) + 50,000.01 + 36,000.00, each split city ⌊½⌋, district the rest.
        Assert.Equal(("888678.44", "888678.47"), (pailou["data-city-owed"], pailou["data-district-owed"]));
        Assert.Equal(1_777_356.91m, Dec(pailou["data-city-owed"]) + Dec(pailou["data-district-owed"]));
        Assert.Equal(("870678.44", "625000.01", "true"), (pailou["data-city-paid"], pailou["data-district-paid"], pailou["data-imbalanced"]));
        Assert.Equal(("true", "false"), (rows[Donghu]["data-settled"], rows[Donghu]["data-imbalanced"]));
        Assert.Equal("true", rows["北城街道（演示）"]["data-imbalanced"]);
    }

    [Fact]
    public async Task Every_line_of_the_page_agrees_with_Core_and_city_plus_district_is_the_total()
    {
        var district = await Demo.NodeAsync(factory, NodeLevel.District, DemoHierarchy.DistrictName);
        using var admin = await factory.NewClient().SignInAsync("admin");
        var html = await admin.GetPageAsync($"/funding?year={Year(factory)}&node={district.Id}");
        var total = Row(Html.OpeningTags(html, "funding-total").Single());

        // Recomputed here from the stored lines with Core's rule: the page's total is exactly that.
        var splits = (await Funding.ListCostsInScopeAsync(district.Path, Year(factory))).Select(FundingRules.Split).Where(s => !s.IsProvisional).ToList();
        Assert.Equal(splits.Sum(s => s.City), Dec(total["data-city-owed"]));
        Assert.Equal(splits.Sum(s => s.District), Dec(total["data-district-owed"]));
        Assert.All(splits.Where(s => s.City + s.District > 0), s => Assert.Equal(s.Total, s.City + s.District));
    }

    [Fact]
    public async Task A_projects_page_shows_the_odd_cent_to_the_district_and_housing_without_approval_to_the_property_right_unit()
    {
        var pailouNode = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        var projects = await Repository(factory).ListProjectsAsync(pailouNode.Path);
        var withOddCent = projects.First(p => Funding.ListCostsAsync(p.Id).Result.Any(c => c.Amount == 1_234_567.89m));
        var withUnapproved = projects.First(p => Funding.ListCostsAsync(p.Id).Result.Any(c => c.Amount == 88_888.88m));
        using var pailou = await factory.NewClient().SignInAsync("pailou");

        var lines = Html.OpeningTags(await pailou.GetPageAsync($"/funding/projects/{withOddCent.Id}"), "cost-line");
        var odd = lines.Single(t => Html.Attribute(t, "data-total") == "1234567.89");
        Assert.Equal(("617283.94", "617283.95"), (Html.Attribute(odd, "data-city"), Html.Attribute(odd, "data-district")));
        var waived = lines.Single(t => Html.Attribute(t, "data-category") == "WaivedFees");
        Assert.Equal(("0.00", "0.00", "0.00"), (Html.Attribute(waived, "data-city"), Html.Attribute(waived, "data-district"), Html.Attribute(waived, "data-property-right-unit")));

        var housing = Html.OpeningTags(await pailou.GetPageAsync($"/funding/projects/{withUnapproved.Id}"), "cost-line")
            .Single(t => Html.Attribute(t, "data-total") == "88888.88");
        Assert.Equal(("0.00", "0.00", "88888.88"), (Html.Attribute(housing, "data-city"), Html.Attribute(housing, "data-district"), Html.Attribute(housing, "data-property-right-unit")));
    }

    [Fact]
    public async Task Funding_out_of_scope_is_404_for_reads_and_writes_and_writes_nothing()
    {
        var donghu = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, Donghu);
        // Any of 东湖街道's projects that has cost lines: the demo puts in-programme estates first, so the very first
        // project may still be planned and unfunded.
        var donghuProjects = await Repository(factory).ListProjectsAsync(donghu.Path);
        RetrofitProject theirs = null!;
        IReadOnlyList<CostItem> theirCosts = [];
        foreach (var project in donghuProjects)
        {
            theirs = project;
            theirCosts = await Funding.ListCostsAsync(project.Id);
            if (theirCosts.Count > 0) break;
        }
        var theirCost = theirCosts.First();
        var paymentsBefore = (await Funding.ListPaymentsAsync(theirs.Id)).Count;
        using var pailou = await factory.NewClient().SignInAsync("pailou");
        var tokenPage = "/funding";

        Assert.Equal(HttpStatusCode.NotFound, (await pailou.GetAsync($"/funding?node={donghu.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await pailou.GetAsync($"/funding/projects/{theirs.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await pailou.GetAsync($"/funding/costs/{theirCost.Id}/edit")).StatusCode);
        // The language switch form gives every page a token.
        var add = await pailou.PostFormAsync($"/funding/projects/{theirs.Id}/costs",
            [new("NewCost.Category", "EnvironmentWorks"), new("NewCost.Amount", "1.00"), new("NewCost.Year", Year(factory).ToString())], tokenPage);
        var pay = await pailou.PostFormAsync($"/funding/projects/{theirs.Id}/payments",
            [new("NewPayment.Payer", "City"), new("NewPayment.Amount", "1.00"), new("NewPayment.PaidDate", Today(factory).ToString("yyyy-MM-dd"))], tokenPage);
        var edit = await pailou.PostFormAsync($"/funding/costs/{theirCost.Id}/edit",
            [new("Amount", "1.00"), new("Version", theirCost.Version.ToString())], tokenPage);

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound], new[] { add.StatusCode, pay.StatusCode, edit.StatusCode });
        Assert.Equal(theirCost.Amount, (await Funding.GetCostAsync(theirCost.Id))!.Amount);
        Assert.Equal(paymentsBefore, (await Funding.ListPaymentsAsync(theirs.Id)).Count);
        var html = await pailou.GetPageAsync("/funding");
        Assert.DoesNotContain(Donghu, html);
    }

    [Fact]
    public async Task The_change_log_names_categories_payers_and_fields_in_words_not_codes()
    {
        var pailouNode = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        var projects = await Repository(factory).ListProjectsAsync(pailouNode.Path);
        var withRelief = projects.First(p => Funding.ListCostsAsync(p.Id).Result.Any(c => c.Category == CostCategory.HardshipFeeRelief));
        using var pailou = await factory.NewClient().SignInAsync("pailou");

        var html = await pailou.GetPageAsync($"/funding/projects/{withRelief.Id}");
        var log = html[html.IndexOf("class=\"table table--compact audit\"", StringComparison.Ordinal)..];

        foreach (var code in new[] { "HardshipFeeRelief", "PostSubsidy", "HousingCommonParts", "PropertyRightUnit", ">City<", ">District<" })
            Assert.DoesNotContain(code, log);
        Assert.Contains("困难群众物业费减免补贴", log);
        Assert.Contains("50,000.01", log);
    }
}
