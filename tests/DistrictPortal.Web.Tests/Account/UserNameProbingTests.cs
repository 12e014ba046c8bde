using System.Net;
using DistrictPortal.Core.Identity;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Account;

/// <summary>
/// Issue 14: a user name must not be told apart from an unknown one, neither by the time the answer takes (every attempt
/// verifies a hash, a dummy one for an unknown name) nor by the words (locked, wrong and unknown read alike).
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class UserNameProbingTests(PortalFactory factory)
{
    [Fact]
    public async Task An_unknown_user_a_disabled_one_and_a_locked_one_each_cost_a_hash_verification()
    {
        var hasher = new CountingHasher();
        using var portal = factory.WithWebHostBuilder(b =>
            b.ConfigureTestServices(s => s.AddSingleton<IPasswordHasher<User>>(hasher)));
        using var client = new PortalClient(portal.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true }));

        foreach (var (name, password) in new[] { ("no-such-user-at-all", "some-guess"), ("bureau", "wrong-guess"), ("no-such-user-at-all", "") })
        {
            var before = hasher.Verifications;
            var response = await client.PostLoginAsync(name, password);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(before + 1, hasher.Verifications);
        }
    }

    [Fact]
    public async Task Unknown_user_wrong_password_and_locked_account_read_the_same()
    {
        var users = factory.Services.GetRequiredService<IUserRepository>();
        var locked = (await users.GetByUserNameAsync("donghu"))!;
        using var client = factory.NewClient();

        var unknown = await Summary(client.PostLoginAsync("nobody-called-this", "a-guess"));
        var wrong = await Summary(client.PostLoginAsync("yinheshi", "a-guess"));
        // Lock donghu for this test without five requests: the repository stores what the policy decides.
        var lockedUntil = DateTime.UtcNow.AddMinutes(15);
        await users.RecordFailedSignInAsync(locked.Id, lockedUntil, UserAudit.FailedSignIn(locked.Id, locked.FailedSignIns, lockedUntil, new(locked.Id, locked.UserName, DateTime.UtcNow)));
        try
        {
            var lockedRight = await Summary(client.PostLoginAsync("donghu", DemoAccounts.Password));
            Assert.Equal(unknown, wrong);
            Assert.Equal(unknown, lockedRight);
        }
        finally
        {
            await users.UnlockAsync(locked.Id, UserAudit.Unlocked(locked.Id, new(0, "test", DateTime.UtcNow)));
        }
    }

    private static async Task<string> Summary(Task<HttpResponseMessage> post)
    {
        var response = await post;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        return Html.Text(System.Text.RegularExpressions.Regex.Match(html,
            "<div class=\"validation-summary[^\"]*\"[^>]*>(.*?)</div>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value);
    }

    private sealed class CountingHasher : IPasswordHasher<User>
    {
        private readonly PasswordHasher<User> _inner = new();
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public string HashPassword(User user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(User user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
