using DistrictPortal.Core.Notifications;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.Mvc;
using DistrictPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Features.Inbox;

public sealed record InboxViewModel(IReadOnlyList<Notification> Items, int Unread, PortalClock Clock);

/// <summary>站内通知: the signed-in user's own messages (reminders, overdue notices, 督办). Nobody reads or marks another's.</summary>
[Route("inbox")]
public sealed class InboxController(INotificationRepository inbox, CurrentUser me, PortalClock clock, IStringLocalizer<SharedResource> l) : Controller
{
    public const int MaxShown = 200;

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var items = await inbox.ListForUserAsync(me.Id, MaxShown);
        return View(new InboxViewModel(items, items.Count(n => n.ReadUtc is null), clock));
    }

    /// <summary>Marks one message read; with <paramref name="open"/> goes on to the page it links to. Someone else's id is 404.</summary>
    [HttpPost("{id:long}/read")]
    public async Task<IActionResult> MarkRead(long id, bool open = false)
    {
        var mine = (await inbox.ListForUserAsync(me.Id, MaxShown)).FirstOrDefault(n => n.Id == id);
        if (!await inbox.MarkReadAsync(me.Id, id, clock.UtcNow))
            return NotFound();
        return open && mine?.Link is { } link && Url.IsLocalUrl(link) ? Redirect(link) : Redirect("/inbox");
    }

    [HttpPost("read-all")]
    public async Task<IActionResult> MarkAllRead()
    {
        var marked = 0;
        foreach (var unread in (await inbox.ListForUserAsync(me.Id, MaxShown)).Where(n => n.ReadUtc is null))
            if (await inbox.MarkReadAsync(me.Id, unread.Id, clock.UtcNow))
                marked++;
        TempData.Flash(l["Inbox.AllMarked", marked]);
        return Redirect("/inbox");
    }
}
