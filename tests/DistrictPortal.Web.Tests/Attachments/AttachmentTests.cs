using System.Net;
using System.Net.Http.Headers;
using DistrictPortal.Core.Attachments;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Attachments;

[Collection(PortalCollection.Name)]
public sealed class AttachmentTests(PortalFactory factory)
{
    private static readonly byte[] Pdf = "%PDF-1.7\n物业服务合同扫描件"u8.ToArray();

    private IAttachmentRepository Attachments => factory.Services.GetRequiredService<IAttachmentRepository>();

    /// <summary>An estate of 牌楼街道 outside 印盒石社区 (so the community officer of 印盒石 is outside its scope).</summary>
    private async Task<Estate> PailouEstateAsync()
    {
        var community = (await Demo.ChildrenAsync(factory, NodeLevel.SubDistrict, "牌楼街道")).First(c => c.Name != "印盒石社区");
        return await Demo.FirstEstateAsync(factory, NodeLevel.Community, community.Name);
    }

    internal static async Task<HttpResponseMessage> UploadAsync(
        PortalClient client, string page, AttachmentOwnerKind kind, long ownerId, string fileName, byte[] bytes, long? estateId = null)
    {
        var token = await client.TokenFromAsync(page);
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf"); // what a browser claims never decides
        form.Add(file, "file", fileName);
        form.Add(new StringContent(((int)kind).ToString()), "kind");
        form.Add(new StringContent(ownerId.ToString()), "ownerId");
        if (estateId is not null)
            form.Add(new StringContent(estateId.Value.ToString()), "estateId");
        form.Add(new StringContent(page), "returnUrl");
        form.Add(new StringContent(token), "__RequestVerificationToken");
        return await client.Http.PostAsync("/attachments", form);
    }

    [Fact]
    public async Task An_officer_attaches_a_pdf_to_an_estate_it_is_listed_downloaded_in_scope_and_404_outside()
    {
        var estate = await PailouEstateAsync();
        using var pailou = await factory.NewClient().SignInAsync("pailou");
        var page = $"/estates/{estate.Id}";

        var response = await UploadAsync(pailou, page, AttachmentOwnerKind.Estate, estate.Id, "物业服务合同.pdf", Pdf);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(page, response.Headers.Location?.OriginalString);
        var stored = (await Attachments.ListByOwnerAsync(AttachmentOwnerKind.Estate, estate.Id)).Last();
        Assert.Equal(("物业服务合同.pdf", AttachmentType.Pdf), (stored.FileName, stored.Type));
        Assert.Contains($"href=\"/attachments/{stored.Id}\"", await pailou.GetPageAsync(page));
        var download = await pailou.GetAsync($"/attachments/{stored.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        var audit = await factory.Services.GetRequiredService<IAuditRepository>().ListForEntityAsync(AuditEntities.Attachment, stored.Id);
        Assert.Equal(Demo.Operator("pailou"), Assert.Single(audit).UserName);

        // In scope: the bureau (the district) and the committee member of 牌楼街道. Outside: another sub-district, another community.
        foreach (var (user, expected) in new[] { ("bureau", HttpStatusCode.OK), ("briefing", HttpStatusCode.OK), ("donghu", HttpStatusCode.NotFound), ("yinheshi", HttpStatusCode.NotFound) })
        {
            using var client = await factory.NewClient().SignInAsync(user);
            Assert.True(expected == (await client.GetAsync($"/attachments/{stored.Id}")).StatusCode, user);
        }
        using var donghu = await factory.NewClient().SignInAsync("donghu");
        Assert.Equal(HttpStatusCode.NotFound, (await donghu.GetAsync($"/attachments/{stored.Id + 1_000_000}")).StatusCode);
    }

    [Fact]
    public async Task A_file_that_is_not_what_its_name_says_is_refused_with_a_message_and_nothing_is_stored()
    {
        var estate = await PailouEstateAsync();
        using var pailou = await factory.NewClient().SignInAsync("pailou");
        var before = (await Attachments.ListByOwnerAsync(AttachmentOwnerKind.Estate, estate.Id)).Count;

        var response = await UploadAsync(pailou, $"/estates/{estate.Id}", AttachmentOwnerKind.Estate, estate.Id, "合同.pdf", "<html><script>alert(1)</script>"u8.ToArray());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("不是 PDF、JPEG、PNG 或 XLSX", await pailou.GetPageAsync($"/estates/{estate.Id}"));
        Assert.Equal(before, (await Attachments.ListByOwnerAsync(AttachmentOwnerKind.Estate, estate.Id)).Count);
    }

    [Fact]
    public async Task Nobody_attaches_outside_their_scope_or_without_the_role()
    {
        var estate = await PailouEstateAsync();
        var before = (await Attachments.ListByOwnerAsync(AttachmentOwnerKind.Estate, estate.Id)).Count;
        using var donghu = await factory.NewClient().SignInAsync("donghu");
        using var briefing = await factory.NewClient().SignInAsync("briefing");

        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(donghu, "/", AttachmentOwnerKind.Estate, estate.Id, "a.pdf", Pdf)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(briefing, "/", AttachmentOwnerKind.Estate, estate.Id, "a.pdf", Pdf)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await UploadAsync(donghu, "/", AttachmentOwnerKind.Estate, 987_654_321, "a.pdf", Pdf)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await UploadAsync(donghu, "/", (AttachmentOwnerKind)42, estate.Id, "a.pdf", Pdf)).StatusCode);
        // The committee member sees the list but no upload form.
        Assert.DoesNotContain("action=\"/attachments\"", await briefing.GetPageAsync($"/estates/{estate.Id}"));
        Assert.Equal(before, (await Attachments.ListByOwnerAsync(AttachmentOwnerKind.Estate, estate.Id)).Count);
    }
}
