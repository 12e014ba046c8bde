using System.Net;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Funding;
using DistrictPortal.Core.Retrofit;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static DistrictPortal.Web.Tests.Retrofit.RetrofitWorld;

namespace DistrictPortal.Web.Tests.Funding;

/// <summary>
/// Writes on 南岸's planned projects, so the demo figures of 牌楼, 东湖 and 北城 stay as seeded for the page tests (and
/// as 南岸's officer: the sign-in tests lock 西山's account out).
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class FundingEditTests(PortalFactory factory)
{
    private const string Officer = "nanan";

    private IFundingRepository Funding => factory.Services.GetRequiredService<IFundingRepository>();

    private async Task<RetrofitProject> ProjectAsync() => await FirstProjectAsync(factory, Nanan, RetrofitStatus.Planned);

    [Fact]
    public async Task A_bad_cost_line_names_the_field_and_writes_nothing()
    {
        var project = await ProjectAsync();
        var before = (await Funding.ListCostsAsync(project.Id)).Count;
        using var officer = await factory.NewClient().SignInAsync(Officer);

        var response = await officer.PostFormAsync($"/funding/projects/{project.Id}/costs",
            [new("NewCost.Category", "EnvironmentWorks"), new("NewCost.Amount", "10.005"), new("NewCost.Year", Year(factory).ToString())],
            $"/funding/projects/{project.Id}");
        var payment = await officer.PostFormAsync($"/funding/projects/{project.Id}/payments",
            [new("NewPayment.Payer", "City"), new("NewPayment.Amount", "5"), new("NewPayment.PaidDate", Today(factory).AddDays(2).ToString("yyyy-MM-dd"))],
            $"/funding/projects/{project.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("金额最多保留两位小数。", Html.FieldMessage(await response.Content.ReadAsStringAsync(), "NewCost.Amount"));
        Assert.Equal("拨付日期不能晚于今天。", Html.FieldMessage(await payment.Content.ReadAsStringAsync(), "NewPayment.PaidDate"));
        Assert.Equal(before, (await Funding.ListCostsAsync(project.Id)).Count);
        Assert.Empty(await Funding.ListPaymentsAsync(project.Id));
    }

    [Fact]
    public async Task A_changed_final_account_re_splits_on_the_page_and_is_audited()
    {
        var project = await ProjectAsync();
        using var officer = await factory.NewClient().SignInAsync(Officer);
        var added = await officer.PostFormAsync($"/funding/projects/{project.Id}/costs",
            [new("NewCost.Category", "EnvironmentWorks"), new("NewCost.Amount", "0.01"), new("NewCost.Year", Year(factory).ToString()), new("NewCost.IsFinalAccount", "true")],
            $"/funding/projects/{project.Id}");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var cost = (await Funding.ListCostsAsync(project.Id)).Single(c => c.Amount == 0.01m);

        var edited = await officer.PostFormAsync($"/funding/costs/{cost.Id}/edit",
            [new("Amount", "1234567.89"), new("IsFinalAccount", "true"), new("Version", cost.Version.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);

        var line = Html.OpeningTags(await officer.GetPageAsync($"/funding/projects/{project.Id}"), "cost-line").Single(t => Html.Attribute(t, "data-id") == cost.Id.ToString());
        Assert.Equal(("1234567.89", "617283.94", "617283.95"), (Html.Attribute(line, "data-total"), Html.Attribute(line, "data-city"), Html.Attribute(line, "data-district")));
        var trail = await factory.Services.GetRequiredService<IAuditRepository>().ListForEntityAsync(FundingAudit.CostEntity, cost.Id);
        Assert.Contains(trail, a => a.Field == nameof(CostItem.Amount) && a.OldValue == "0.01" && a.NewValue == "1234567.89" && a.UserName == Demo.Operator(Officer));
        // A stale version does not overwrite the newer amount.
        var stale = await officer.PostFormAsync($"/funding/costs/{cost.Id}/edit", [new("Amount", "5.00"), new("Version", cost.Version.ToString())]);
        Assert.Contains("已被他人修改", await stale.Content.ReadAsStringAsync());
        Assert.Equal(1_234_567.89m, (await Funding.GetCostAsync(cost.Id))!.Amount);
    }

    [Fact]
    public async Task Approving_a_hardship_application_turns_the_housing_cost_into_a_one_to_one_share()
    {
        var project = await ProjectAsync();
        var cost = new CostItem { ProjectId = project.Id, Year = Year(factory), Category = CostCategory.HousingCommonParts, Amount = 100.01m, IsFinalAccount = true, Hardship = HardshipApplication.Applied };
        await Funding.AddCostAsync(cost, FundingAudit.Created(cost, new ChangeContext(0, "test", DateTime.UtcNow)));
        using var officer = await factory.NewClient().SignInAsync(Officer);
        string Line(string html) => Html.OpeningTags(html, "cost-line").Single(t => Html.Attribute(t, "data-id") == cost.Id.ToString());

        var before = Line(await officer.GetPageAsync($"/funding/projects/{project.Id}"));
        Assert.Equal(("0.00", "100.01"), (Html.Attribute(before, "data-city"), Html.Attribute(before, "data-property-right-unit")));

        // Approved without a decision date is refused beside the date.
        var missing = await officer.PostFormAsync($"/funding/costs/{cost.Id}/edit",
            [new("Amount", "100.01"), new("IsFinalAccount", "true"), new("Hardship", "Approved"), new("Version", "1")]);
        Assert.Equal("请填写审核日期。", Html.FieldMessage(await missing.Content.ReadAsStringAsync(), "HardshipDecidedDate"));

        var approved = await officer.PostFormAsync($"/funding/costs/{cost.Id}/edit",
            [new("Amount", "100.01"), new("IsFinalAccount", "true"), new("Hardship", "Approved"), new("HardshipDecidedDate", Today(factory).ToString("yyyy-MM-dd")),
             new("HardshipNote", "区政府同意"), new("Version", (await Funding.GetCostAsync(cost.Id))!.Version.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var after = Line(await officer.GetPageAsync($"/funding/projects/{project.Id}"));
        Assert.Equal(("50.00", "50.01", "0.00"), (Html.Attribute(after, "data-city"), Html.Attribute(after, "data-district"), Html.Attribute(after, "data-property-right-unit")));
    }
}
