using System.Globalization;
using System.Text.Encodings.Web;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Features.Inbox;

/// <summary>The header's inbox link with the unread count. Built here rather than in a view so the feature stays in one folder.</summary>
public sealed class InboxBadgeViewComponent(INotificationRepository inbox, CurrentUser me, IStringLocalizer<SharedResource> l, HtmlEncoder encoder) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (!me.IsSignedIn)
            return new HtmlContentViewComponentResult(HtmlString.Empty);
        var unread = await inbox.CountUnreadAsync(me.Id);
        var label = encoder.Encode(l["Nav.Inbox"]);
        var badge = unread == 0 ? ""
            : $""" <span class="badge badge--red inbox-unread" data-unread="{unread.ToString(CultureInfo.InvariantCulture)}" title="{encoder.Encode(l["Inbox.UnreadTitle", unread])}">{(unread > 99 ? "99+" : unread.ToString(CultureInfo.InvariantCulture))}</span>""";
        return new HtmlContentViewComponentResult(new HtmlString($"""<a href="/inbox" class="inbox-link">{label}{badge}</a>"""));
    }
}
