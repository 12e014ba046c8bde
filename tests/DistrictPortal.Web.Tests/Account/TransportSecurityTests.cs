using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Infrastructure.Startup;
using DistrictPortal.Web.Tests.Infrastructure;
using DistrictPortal.Web.Tests.Matrix;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DistrictPortal.Web.Tests.Account;

/// <summary>Issue 14's headers: CSP, HSTS and HTTPS in Production, no Server header, no caching of exports, the key ring encrypted.</summary>
[Collection(PortalCollection.Name)]
public sealed class TransportSecurityTests(PortalFactory factory)
{
    [Fact]
    public async Task Every_answer_carries_a_policy_whose_default_is_the_portal_itself()
    {
        using var client = factory.NewClient();
        var response = await client.GetAsync("/account/login");

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.StartsWith("default-src 'self';", policy);
        Assert.Contains("object-src 'none'", policy);
        Assert.Contains("frame-ancestors 'self'", policy);
        Assert.Equal(PortalPipeline.ContentSecurityPolicy, policy);
    }

    [Fact]
    public void Kestrel_sends_no_server_header() =>
        Assert.False(factory.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AddServerHeader);

    [Fact]
    public async Task Every_excel_and_pdf_answer_is_not_to_be_stored()
    {
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        var week = DemoReturns.Week(factory, 5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var admin = await factory.NewClient().SignInAsync("admin");

        foreach (var url in new[] { "/estates/export.xlsx", "/estates/export-all.xlsx", "/committees/export.xlsx", $"/briefings/{pailou.Id}.pdf?week={week}" })
        {
            var response = await admin.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.CacheControl?.NoStore == true, $"{url}: Cache-Control {response.Headers.CacheControl}");
        }
    }

    [Fact]
    public async Task Production_redirects_to_https_and_sends_hsts_over_it()
    {
        using var production = Production(("Https:Port", "443"));
        using var plain = production.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://portal.example/") });
        using var secure = production.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://portal.example/") });

        var redirected = await plain.GetAsync("/account/login");
        var served = await secure.GetAsync("/account/login");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, redirected.StatusCode);
        Assert.Equal("https://portal.example/account/login", redirected.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.StartsWith("max-age=31536000", Assert.Single(served.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task Behind_a_proxy_that_redirects_itself_both_can_be_turned_off()
    {
        using var production = Production(("Https:Redirect", "false"), ("Https:Hsts", "false"), ("Https:Port", "443"));
        using var secure = production.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://portal.example/") });
        using var plain = production.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://portal.example/") });

        Assert.Equal(HttpStatusCode.OK, (await plain.GetAsync("/account/login")).StatusCode);
        Assert.False((await secure.GetAsync("/account/login")).Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public void With_a_certificate_configured_the_key_ring_is_encrypted_at_rest()
    {
        var folder = Directory.CreateTempSubdirectory("districtportal-keys-").FullName;
        try
        {
            var pfx = Path.Combine(folder, "keyring.pfx");
            using (var rsa = RSA.Create(2048))
            {
                var request = new CertificateRequest("CN=DistrictPortal key ring (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
                using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
                File.WriteAllBytes(pfx, certificate.Export(X509ContentType.Pfx, "test-password"));
            }
            var keys = Path.Combine(folder, "keys");
            using var portal = factory.WithWebHostBuilder(b => b
                .UseSetting("DataProtection:KeysPath", keys)
                .UseSetting("DataProtection:CertificatePath", pfx)
                .UseSetting("DataProtection:CertificatePassword", "test-password"));

            var protector = portal.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");
            Assert.Equal("秘密", protector.Unprotect(protector.Protect("秘密")));

            var xml = File.ReadAllText(Assert.Single(Directory.GetFiles(keys, "*.xml")));
            Assert.Contains("EncryptedData", xml);
            Assert.DoesNotContain("unencrypted form", xml);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private WebApplicationFactory<Program> Production(params (string Key, string Value)[] settings) =>
        factory.WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production").UseSetting("Portal:DemoData", "false");
            foreach (var (key, value) in settings)
                b.UseSetting(key, value);
        });
}
