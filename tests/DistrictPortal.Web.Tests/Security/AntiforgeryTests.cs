using System.Net;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Infrastructure;

namespace DistrictPortal.Web.Tests.Security;

[Collection(PortalCollection.Name)]
public sealed class AntiforgeryTests(PortalFactory factory)
{
    [Fact]
    public async Task Sign_in_without_the_token_is_refused_with_400()
    {
        using var client = factory.NewClient();
        await client.GetPageAsync("/account/login");

        var response = await client.PostWithoutTokenAsync("/account/login",
            [new("UserName", "pailou"), new("Password", DemoAccounts.Password)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task An_estate_edit_without_the_token_is_refused_with_400_and_nothing_changes()
    {
        var estate = await Demo.FirstEstateAsync(factory, Core.Hierarchy.NodeLevel.Community, "牌楼社区");
        using var client = await factory.NewClient().SignInAsync("pailou");

        var response = await client.PostWithoutTokenAsync($"/estates/{estate.Id}/edit",
            Demo.EditFields(estate).With("Address", "未带令牌的修改"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(estate.Address, (await Demo.ReloadAsync(factory, estate.Id))!.Address);
    }

    [Fact]
    public async Task Switching_language_without_the_token_is_refused_with_400()
    {
        using var client = factory.NewClient();
        var response = await client.PostWithoutTokenAsync("/language", [new("culture", "en"), new("returnUrl", "/")]);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
