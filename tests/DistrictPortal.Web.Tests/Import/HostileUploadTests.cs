using System.Net;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Documents.Tests.Import;
using DistrictPortal.Web.Features.Import;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using static DistrictPortal.Web.Tests.Import.ImportPortal;

namespace DistrictPortal.Web.Tests.Import;

/// <summary>
/// Issue 14's uploads through the real preview action as 牌楼街道's officer: a formula chain that used to end the process,
/// a typed-but-empty cell that used to answer 500, 100,000 rows, and six uploads at once against the import limiter.
/// </summary>
[Collection(ImportCollection.Name)]
public sealed class HostileUploadTests(PortalFactory factory)
{
    private static async Task<HttpResponseMessage> PostAsync(PortalClient client, long subDistrictId, byte[] file)
    {
        var token = await client.TokenFromAsync($"/estates/import?subDistrict={subDistrictId}");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(subDistrictId.ToString()), "subDistrict" },
            { new ByteArrayContent(file), "file", "台账.xlsx" },
        };
        return await client.Http.PostAsync("/estates/import/preview", content);
    }

    private static async Task AssertHealthyAsync(WebApplicationFactory<Program> portal)
    {
        using var client = portal.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task A_formula_chain_is_reported_at_its_cell_and_the_portal_stays_up()
    {
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        using var client = await factory.NewClient().SignInAsync("pailou");

        var html = await PreviewAsync(client, pailou.Id, XlsxParts.FormulaChain(20_000));

        Assert.Contains(("FormulaError", "Error", "小区台账!G4"), Issues(html));
        Assert.Contains("=Z5+1", WebUtility.HtmlDecode(html));
        Assert.False(OffersConfirmation(html));
        await AssertHealthyAsync(factory);
    }

    [Fact]
    public async Task A_cell_typed_but_empty_reads_as_blank_not_500()
    {
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        using var client = await factory.NewClient().SignInAsync("pailou");
        var file = XlsxParts.Workbook(sheet =>
        {
            XlsxParts.WriteHeader(sheet);
            XlsxParts.WriteEstate(sheet, 4, "太平新苑（导入测试）", new Dictionary<string, string?> { ["L"] = "<c r=\"L4\" s=\"16\" t=\"n\"></c>" });
        }, styles: XlsxParts.Styles());

        var html = await PreviewAsync(client, pailou.Id, file);

        Assert.DoesNotContain(Issues(html), i => i.Location == "小区台账!L4");
        Assert.Equal("1", Html.Attribute(Assert.Single(Html.OpeningTags(html, "import-preview")), "data-adds"));
    }

    [Fact]
    public async Task A_sheet_of_100000_rows_is_refused_at_the_row_cap()
    {
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        using var client = await factory.NewClient().SignInAsync("pailou");

        var html = await PreviewAsync(client, pailou.Id, XlsxParts.ManyRows(100_000));

        Assert.Contains(("TooManyRows", "Error", "小区台账!5004"), Issues(html));
        Assert.False(OffersConfirmation(html));
        await AssertHealthyAsync(factory);
    }

    [Fact]
    public async Task Six_uploads_at_once_are_all_answered_and_never_more_than_the_limit_are_read_together()
    {
        using var portal = factory.WithWebHostBuilder(b => b.UseSetting("Import:MaxConcurrent", "2").UseSetting("Import:QueueSeconds", "120"));
        var limiter = portal.Services.GetRequiredService<ImportLimiter>();
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        var file = XlsxParts.ManyRows(100_000);
        var clients = new List<PortalClient>();
        for (var i = 0; i < 6; i++)
            clients.Add(await new PortalClient(portal.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true })).SignInAsync("pailou"));

        var responses = await Task.WhenAll(clients.Select(c => PostAsync(c, pailou.Id, file)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        foreach (var response in responses)
            Assert.Contains(("TooManyRows", "Error", "小区台账!5004"), Issues(await response.Content.ReadAsStringAsync()));
        Assert.InRange(limiter.Peak, 1, 2);
        await AssertHealthyAsync(portal);
        clients.ForEach(c => c.Dispose());
    }

    [Fact]
    public async Task When_every_import_slot_stays_taken_the_upload_is_refused_at_once_with_429()
    {
        using var portal = factory.WithWebHostBuilder(b => b.UseSetting("Import:MaxConcurrent", "1").UseSetting("Import:QueueSeconds", "0"));
        var limiter = portal.Services.GetRequiredService<ImportLimiter>();
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        using var client = await new PortalClient(portal.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true })).SignInAsync("pailou");
        var file = XlsxParts.FormulaChain(10);

        HttpResponseMessage busy;
        using (var taken = await limiter.EnterAsync(CancellationToken.None))
        {
            Assert.NotNull(taken);
            busy = await PostAsync(client, pailou.Id, file);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, busy.StatusCode);
        Assert.True(busy.Headers.RetryAfter is not null);
        Assert.Contains("导入繁忙", await busy.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, pailou.Id, file)).StatusCode);
    }
}
