using System.Net;
using DistrictPortal.Core.Returns;
using DistrictPortal.Web.Tests.Infrastructure;

namespace DistrictPortal.Web.Tests.Returns;

/// <summary>On time when first submitted by the deadline (Friday 17:00 in Shanghai): 17:00:00 is on time, 17:00:01 late.</summary>
[Collection(ReturnsCollection.Name)]
public sealed class TimelinessTests(ReturnsWorld world)
{
    [Theory]
    [InlineData("西山街道（演示）", "xishan", "2026-11-27T17:00:00+08:00", "OnTime")]
    [InlineData("中华路街道（演示）", "zhonghualu", "2026-11-27T17:00:01+08:00", "Late")]
    public async Task The_first_submission_is_judged_against_the_deadline_to_the_second(string subDistrict, string officer, string now, string expected)
    {
        using var host = world.At(now);
        var node = await ReturnsWorld.SubDistrictAsync(host, subDistrict);
        await ReturnsWorld.CampaignAsync(host);
        var url = ReturnsWorld.Url(node.Id, ReturnsWorld.Week);
        using var client = await ReturnsWorld.Client(host).SignInAsync(officer);

        var page = await client.GetPageAsync(url);
        Assert.Equal(expected == "OnTime" ? "NotYetDue" : "Overdue", ReturnPage.Timeliness(page));
        var response = await client.PostFormAsync(url, ReturnPage.FormFields(page).Command("submit"), url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        page = await client.GetPageAsync(url);
        Assert.Equal(("Submitted", expected), (ReturnPage.Status(page), ReturnPage.Timeliness(page)));
        var stored = (await ReturnsWorld.StoredAsync(host, node.Id, ReturnsWorld.Week))!;
        Assert.Equal(ReturnStatus.Submitted, stored.Status);
        Assert.Equal(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime, stored.FirstSubmittedUtc);
    }
}
