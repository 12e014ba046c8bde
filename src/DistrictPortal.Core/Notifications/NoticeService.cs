using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;

namespace DistrictPortal.Core.Notifications;

/// <summary>
/// <see cref="IPortalNotices"/>: decides who hears of a notice and which robots it goes to, then writes the inbox items
/// (with the kind and arguments, so each reader sees it in their own language) and queues one robot message per node.
/// Every write is keyed by the notice's dedup key, so raising it again (after a crash half-way, or twice) completes what
/// was missing and repeats nothing; the mail goes only with a new inbox item, so nobody is mailed twice either.
/// </summary>
public sealed class NoticeService(
    IUserRepository users,
    INotificationRepository inbox,
    IRobotWebhookRepository robots,
    IWebhookOutbox outbox,
    INoticeWording wording,
    IEmailSender email) : IPortalNotices
{
    public async Task<int> RaiseAsync(Notice notice, DateTime atUtc)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var text = wording.InDefaultLanguage(notice.Kind, notice.Args);
        var added = 0;
        foreach (var user in await AudienceAsync(notice))
        {
            var item = new Notification
            {
                UserId = user.Id,
                DedupKey = notice.DedupKey,
                Title = text.Title,
                Body = text.Body,
                Link = notice.Link,
                CreatedUtc = atUtc,
                MessageKey = notice.Kind,
                MessageArgs = notice.PackedArgs,
            };
            if (!await inbox.AddOnceAsync(item))
                continue;
            added++;
            if (!string.IsNullOrWhiteSpace(user.Email))
                await MailAsync(user.Email, text, notice.Link);
        }
        foreach (var nodeId in notice.ToRobots ? Scope.Ids(notice.SubDistrict.Path) : [])
        {
            if (await robots.GetAsync(nodeId) is null)
                continue;
            await outbox.EnqueueOnceAsync(new WebhookDelivery
            {
                DeliveryId = WebhookDelivery.IdFor(notice.DedupKey, nodeId),
                NodeId = nodeId,
                Title = text.Title,
                Body = text.Body,
                Link = wording.Address(notice.Link),
                CreatedUtc = atUtc,
                NextAttemptUtc = atUtc,
            });
        }
        return added;
    }

    /// <summary>
    /// The sub-district's own officers (they file and fix its return), and for <see cref="NoticeAudience.OfficersAndAdmins"/>
    /// the admins whose scope contains it. Disabled accounts hear nothing.
    /// </summary>
    public async Task<IReadOnlyList<User>> AudienceAsync(Notice notice)
    {
        var subDistrict = notice.SubDistrict;
        var ids = Scope.Ids(subDistrict.Path);
        var everyone = ids.Count == 0 ? [] : await users.ListAsync($"/{ids[0]}/");
        return everyone
            .Where(u => !u.IsDisabled)
            .Where(u => (u.Role == Role.SubDistrictOfficer && u.ScopeNodeId == subDistrict.Id)
                || (notice.Audience == NoticeAudience.OfficersAndAdmins && u.Role == Role.Admin && Scope.Contains(u.ScopePath, subDistrict.Path)))
            .DistinctBy(u => u.Id)
            .ToList();
    }

    /// <summary>A failed mail does not undo the notice: the inbox item is the record (the sender logs the failure).</summary>
    private async Task MailAsync(string to, NoticeText text, string link)
    {
        try
        {
            await email.SendAsync(to, text.Title, $"{text.Body}\n\n{wording.Address(link)}");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Deliberately swallowed; see the summary.
        }
    }
}
