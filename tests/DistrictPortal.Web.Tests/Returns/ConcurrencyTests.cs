using System.Net;
using DistrictPortal.Web.Tests.Infrastructure;

namespace DistrictPortal.Web.Tests.Returns;

/// <summary>Of two people saving the same draft, the stale save is refused with a message and nothing is overwritten.</summary>
[Collection(ReturnsCollection.Name)]
public sealed class ConcurrencyTests(ReturnsWorld world)
{
    [Fact]
    public async Task The_stale_save_is_refused_and_overwrites_nothing()
    {
        var beicheng = await ReturnsWorld.SubDistrictAsync(world.Portal, "北城街道（演示）");
        await ReturnsWorld.CampaignAsync(world.Portal);
        var url = ReturnsWorld.Url(beicheng.Id, ReturnsWorld.Week);
        using var first = await world.SignInAsync("beicheng");
        using var second = await world.SignInAsync("beicheng");

        // Both open the week before anything is saved: the first save creates the draft, the second is stale.
        var firstForm = ReturnPage.FormFields(await first.GetPageAsync(url));
        var secondForm = ReturnPage.FormFields(await second.GetPageAsync(url));
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostFormAsync(url, firstForm.Set("ProgressNarrative", "甲的进展").Command("save"), url)).StatusCode);
        var refused = await second.PostFormAsync(url, secondForm.Set("ProgressNarrative", "乙的进展").Command("save"), url);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("已被他人修改", html);
        Assert.Contains("乙的进展", html); // what they typed stays in front of them
        Assert.Equal("甲的进展", (await ReturnsWorld.StoredAsync(world.Portal, beicheng.Id, ReturnsWorld.Week))!.ProgressNarrative);

        // Both read the saved draft; the first saves again; the second's version is now stale.
        firstForm = ReturnPage.FormFields(await first.GetPageAsync(url));
        secondForm = ReturnPage.FormFields(await second.GetPageAsync(url));
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostFormAsync(url, firstForm.Set("ProgressNarrative", "甲的第二稿").Command("save"), url)).StatusCode);
        var stale = await second.PostFormAsync(url, secondForm.Set("ProgressNarrative", "乙的第二稿").Command("submit"), url);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        // The page keeps the stale version, so saving again blindly is refused again until the latest is opened.
        Assert.Equal(secondForm.Single(f => f.Key == "Version").Value, Html.InputValue(await stale.Content.ReadAsStringAsync(), "Version"));
        var stored = (await ReturnsWorld.StoredAsync(world.Portal, beicheng.Id, ReturnsWorld.Week))!;
        Assert.Equal(("甲的第二稿", Core.Returns.ReturnStatus.Draft), (stored.ProgressNarrative, stored.Status));
    }
}
