using System.Globalization;
using System.Net;
using DistrictPortal.Core.Attachments;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Returns;
using DistrictPortal.Web.Features.Returns;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Tests.LookBacks;

/// <summary>
/// The per-mode strike-off evidence rule end to end, on a portal of its own (the rules are the whole portal's): the admin
/// sets it on /lookbacks/evidence; a return that strikes an estate off by an enterprise is refused by 校验 with a message
/// naming the row and the document, until the estate has a file.
/// </summary>
public sealed class StrikeOffEvidenceRuleTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Only_the_admin_keeps_the_rules_and_a_bad_document_is_refused_naming_the_field()
    {
        using var admin = await factory.NewClient().SignInAsync("admin");
        using var officer = await factory.NewClient().SignInAsync("pailou");

        Assert.Contains("class=\"table evidence-rules\"", await admin.GetPageAsync("/lookbacks/evidence"));
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/lookbacks/evidence")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await officer.PostFormAsync("/lookbacks/evidence", [new("mode", "PropertyEnterprise"), new("document", "冒改")], tokenPage: "/lookbacks")).StatusCode);
        var tooLong = await admin.PostFormAsync("/lookbacks/evidence", [new("mode", "CommunityTrusteeship"), new("document", new string('合', 51))]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
        Assert.Contains("证明材料不能超过 50 个字符", await tooLong.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_strike_off_by_an_enterprise_needs_the_contract_the_admin_named_on_the_estate_or_its_row()
    {
        using var admin = await factory.NewClient().SignInAsync("admin");
        var saved = await admin.PostFormAsync("/lookbacks/evidence", [new("mode", "PropertyEnterprise"), new("document", "物业服务合同")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("data-document=\"物业服务合同\"", await admin.GetPageAsync("/lookbacks/evidence"));

        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, "牌楼街道");
        var (context, estate) = await WeekAsync(pailou);
        var refused = Check(context, estate);
        var error = Assert.Single(refused.Errors, e => e.Code == ReturnErrors.StrikeOffNeedsEvidence);
        Assert.Equal($"Rows[{estate.EstateId}].IsStruckOff", error.Field);
        var l = factory.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        try
        {
            Assert.Equal($"{estate.EstateName}：以“物业企业接管”方式销号须上传物业服务合同（作为小区或周报该行的证明材料）后才能报送。", ReturnMessages.Message(l, error));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var added = await scope.ServiceProvider.GetRequiredService<AttachmentService>().AddAsync(AttachmentOwnerKind.Estate, estate.EstateId,
                estate.EstateId, "物业服务合同.pdf", DemoGovernance.MinimalPdf("contract"), AttachmentService.DefaultMaxBytes,
                new Core.Auditing.ChangeContext(1, "测试", DateTime.UtcNow));
            Assert.True(added.Succeeded);
        }
        (context, _) = await WeekAsync(pailou, estate.EstateId);
        Assert.DoesNotContain(Check(context, estate).Errors, e => e.Code == ReturnErrors.StrikeOffNeedsEvidence);
    }

    private static ReturnResult Check(ReturnContext context, Core.Campaigns.CampaignEstate estate) =>
        ReturnWorkflowService.Check(context, new ReturnEdit
        {
            Version = context.Stored?.Version ?? 0,
            Rows = new Dictionary<long, ReturnRowEdit>
            {
                [estate.EstateId] = new()
                {
                    Households = estate.Households, Mode = ManagementMode.PropertyEnterprise, SixHaves = [SixHaves.All],
                    IsStruckOff = true, StruckOffDate = context.Today,
                },
            },
        });

    /// <summary>This week's return of 牌楼 as the page loads it, and an estate on its list the registry has not struck off.</summary>
    private async Task<(ReturnContext Context, Core.Campaigns.CampaignEstate Estate)> WeekAsync(Node pailou, long? estateId = null)
    {
        var day = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        while (day.DayOfWeek != DayOfWeek.Friday)
            day = day.AddDays(1);
        await using var scope = factory.Services.CreateAsyncScope();
        var context = await scope.ServiceProvider.GetRequiredService<ReturnService>().LoadAsync(pailou, day);
        Assert.NotNull(context);
        var estate = context.Estates.First(e => estateId is null
            ? !(context.Registry.GetValueOrDefault(e.EstateId)?.IsStruckOff ?? false)
            : e.EstateId == estateId);
        return (context, estate);
    }
}
