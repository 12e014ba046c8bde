using System.Globalization;
using DistrictPortal.Core.Identity;
using DistrictPortal.Core.Notifications;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace DistrictPortal.Web.Infrastructure.Jobs;

/// <summary>
/// Puts a message in each user's inbox once (by dedup key) and mails those with an address. The mail goes only when
/// the inbox item was new, so a retried job sends no second mail; a failed mail is logged, not retried: the inbox
/// item is the record. Messages are stored in the portal's default language, Chinese.
/// </summary>
public sealed class PortalNotifier(
    INotificationRepository inbox,
    IEmailSender email,
    IOptions<EmailOptions> options,
    IStringLocalizer<SharedResource> l,
    ILogger<PortalNotifier> log)
{
    private static readonly CultureInfo Chinese = new("zh-CN");

    /// <summary>Returns how many inbox items were new.</summary>
    public async Task<int> NotifyAsync(
        IEnumerable<User> users, string dedupKey, string title, string body, string? link, DateTime nowUtc)
    {
        var added = 0;
        foreach (var user in users.DistinctBy(u => u.Id))
        {
            var fresh = await inbox.AddOnceAsync(new Notification
            {
                UserId = user.Id,
                DedupKey = dedupKey,
                Title = title,
                Body = body,
                Link = link,
                CreatedUtc = nowUtc,
            });
            if (!fresh)
                continue;
            added++;
            if (!string.IsNullOrWhiteSpace(user.Email))
                await MailAsync(user.Email, title, body, link);
        }
        return added;
    }

    /// <summary>A text of the resource set in Chinese, whatever the culture of the thread running the job.</summary>
    public string Text(string key, params object[] args)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = Chinese;
        try
        {
            return l[key, args];
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    public static string Week(DateOnly weekEnding) => weekEnding.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string ReturnLink(long subDistrictId, DateOnly weekEnding) =>
        string.Create(CultureInfo.InvariantCulture, $"/returns/{subDistrictId}/{Week(weekEnding)}");

    private async Task MailAsync(string to, string title, string body, string? link)
    {
        var portal = options.Value.PortalUrl?.TrimEnd('/');
        var text = link is null ? body : $"{body}\n\n{(portal is null ? link : portal + link)}";
        try
        {
            await email.SendAsync(to, title, text);
        }
        catch (Exception ex)
        {
            log.LogWarning(ex, "Could not mail {To} about {Title}; the inbox item stands", to, title);
        }
    }
}
