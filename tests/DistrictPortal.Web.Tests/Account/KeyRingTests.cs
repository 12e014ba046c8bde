using System.Net;
using DistrictPortal.Core.Data;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Account;

/// <summary>Several web servers share one key ring because it lives in the database, not on one server's disk.</summary>
[Collection(PortalCollection.Name)]
public sealed class KeyRingTests(PortalFactory factory)
{
    [Fact]
    public async Task The_key_that_signs_the_cookie_is_stored_in_the_database()
    {
        using var client = factory.NewClient();
        var response = await client.PostLoginAsync("pailou", DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var keys = factory.Services.GetRequiredService<IDataProtectionKeyRepository>().ListAll();

        var key = Assert.Single(keys);
        Assert.Contains("<key ", key.Xml);
        Assert.False(string.IsNullOrEmpty(key.FriendlyName));
    }
}
