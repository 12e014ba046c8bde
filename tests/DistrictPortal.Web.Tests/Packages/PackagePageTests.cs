using System.Net;
using ClosedXML.Excel;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Packages;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Briefings;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Packages;

/// <summary>
/// /packages and /packages/{id} on the demo data, on a portal of their own (the tests record): who sees and records what,
/// the refusals in words, and the tender and review reaching the list, the Excel export and 牌楼's briefing.
/// </summary>
public sealed class PackagePageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private IPackageRepository Packages => factory.Services.GetRequiredService<IPackageRepository>();

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd");

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    private async Task<(Node Pailou, Package First, Package Second)> DemoAsync()
    {
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        var all = await Packages.ListInScopeAsync(pailou.Path);
        return (pailou, all.Single(p => p.Name == DemoPackages.FirstName), all.Single(p => p.Name == DemoPackages.SecondName));
    }

    [Fact]
    public async Task The_demo_has_two_packages_of_pailou_with_a_tender_and_quarterly_reviews_shown_on_list_page_and_export()
    {
        var (_, first, second) = await DemoAsync();
        foreach (var p in new[] { first, second })
        {
            Assert.NotEmpty(await Packages.ListTendersAsync(p.Id));
            Assert.NotEmpty(await Packages.ListReviewsAsync(p.Id));
            Assert.NotEmpty(await Packages.ListSupervisionAsync(p.Id));
        }
        using var bureau = await factory.NewClient().SignInAsync("bureau");
        var list = await bureau.GetPageAsync("/packages");
        Assert.Contains($"href=\"/packages/{first.Id}\"", list);
        Assert.Contains($"href=\"/packages/{second.Id}\"", list);
        var page = await bureau.GetPageAsync($"/packages/{second.Id}");
        Assert.Contains("class=\"winner\"", page);
        Assert.Contains("quarter-score", page);
        Assert.DoesNotContain("tender-form", page); // the bureau reads
        using var export = await bureau.GetAsync("/packages/export.xlsx");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        using var workbook = new XLWorkbook(await export.Content.ReadAsStreamAsync());
        var cells = workbook.Worksheet(1).CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Contains(DemoPackages.FirstName, cells);
        Assert.Contains(DemoPackages.SecondName, cells);
    }

    [Fact]
    public async Task A_community_officer_sees_only_the_packages_of_its_estates_and_reviews_only_those_estates()
    {
        var (_, first, second) = await DemoAsync();
        using var taiping = await factory.NewClient().SignInAsync("taiping");
        Assert.DoesNotContain($"href=\"/packages/{first.Id}\"", await taiping.GetPageAsync("/packages"));
        Assert.Equal(HttpStatusCode.NotFound, (await taiping.GetAsync($"/packages/{first.Id}")).StatusCode);
        var estate = (await Packages.ListMembersAsync(second.Id)).First();
        var review = new List<KeyValuePair<string, string>>
        {
            new("EstateId", estate.EstateId.ToString()), new("Year", Today.Year.ToString()), new("Quarter", PackageRules.QuarterOf(Today).ToString()),
            new("Score", "91"), new("Reviewer", "太平社区居委会"),
        };
        var refused = await taiping.PostFormAsync($"/packages/{first.Id}/review", review, $"/packages/{second.Id}");
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);

        var done = await taiping.PostFormAsync($"/packages/{second.Id}/review", review, $"/packages/{second.Id}");

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var stored = (await Packages.ListReviewsAsync(second.Id)).Single(r => r.Year == Today.Year && r.Quarter == PackageRules.QuarterOf(Today) && r.EstateId == estate.EstateId);
        Assert.Equal(91, stored.Score);
        var trail = await factory.Services.GetRequiredService<IAuditRepository>().ListForEntityAsync(AuditEntities.Package, second.Id);
        Assert.Contains(trail, e => e.Action == PackageAudit.Review && e.UserName == Demo.Operator("taiping"));
        // The same quarter again: refused in words, naming the quarter; nothing written.
        var again = await taiping.PostFormAsync($"/packages/{second.Id}/review", review, $"/packages/{second.Id}");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains($"{Today.Year} 年第 {PackageRules.QuarterOf(Today)} 季度已考评", await again.Content.ReadAsStringAsync());
        // A community officer does not tender: the sub-district does.
        var tender = await taiping.PostFormAsync($"/packages/{second.Id}/tender", [new("Date", Iso(Today))], $"/packages/{second.Id}");
        Assert.Equal(HttpStatusCode.Forbidden, tender.StatusCode);
    }

    [Fact]
    public async Task The_sub_district_records_a_tender_refused_in_words_first_and_then_in_the_briefing()
    {
        var (pailou, _, second) = await DemoAsync();
        using var officer = await factory.NewClient().SignInAsync("pailou");
        var winner = "重庆新城物业服务有限公司（测试）";
        List<KeyValuePair<string, string>> Form(string bidders) =>
        [
            new("Date", Iso(Today)), new("Bidders", bidders), new("WinnerName", winner), new("Price", "543210.50"),
            new("TermStart", Iso(Today.AddDays(1))), new("TermEnd", Iso(Today.AddYears(3))),
        ];

        var refused = await officer.PostFormAsync($"/packages/{second.Id}/tender", Form($"{winner}\n甲物业"), $"/packages/{second.Id}");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("投标单位不少于 3 家", await refused.Content.ReadAsStringAsync());
        Assert.Single(await Packages.ListTendersAsync(second.Id));

        var done = await officer.PostFormAsync($"/packages/{second.Id}/tender", Form($"{winner}\n甲物业\n乙物业"), $"/packages/{second.Id}");

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(winner, PackageRules.Current(await Packages.ListTendersAsync(second.Id))!.WinnerName);
        Assert.Contains(winner, await officer.GetPageAsync("/packages"));
        using var pdf = await officer.GetAsync($"/briefings/{pailou.Id}.pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        var text = System.Text.RegularExpressions.Regex.Replace(PdfText.Of(await pdf.Content.ReadAsByteArrayAsync()), "\\s+", "");
        Assert.Contains(BriefingPackagesHeading, text);
        Assert.Contains(winner, text);
        Assert.Contains("543,210.50元/年", text);
    }

    private const string BriefingPackagesHeading = Web.Features.Packages.BriefingPackages.Heading;
}
