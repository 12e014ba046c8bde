using System.Globalization;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Web.Infrastructure.Jobs;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace DistrictPortal.Web.Infrastructure.Notices;

/// <summary>
/// Words a notice from the resources ("Notice.{Kind}.Title", ".Body"; a send-back's row reasons add ".Rows" when there
/// are any). The inbox calls it in the reader's language; <see cref="ResourceNoticeWording"/> in Chinese for the stored
/// copy, the mail and the robots. A message of the jobs' older kind (no key) is shown as it was stored.
/// </summary>
public static class NoticeWords
{
    public static NoticeText For(IStringLocalizer l, string kind, IReadOnlyList<string> args)
    {
        var values = args.Cast<object>().ToArray();
        var title = l[$"Notice.{kind}.Title", values];
        var body = l[$"Notice.{kind}.Body", values].Value;
        if (kind == NoticeKinds.ReturnSentBack && args.Count > 3 && args[3].Length > 0)
            body += "\n" + l["Notice.ReturnSentBack.Rows", values].Value;
        return new NoticeText(title.Value, body);
    }

    /// <summary>The notification in the current language when its kind is known, else as stored.</summary>
    public static NoticeText For(IStringLocalizer l, Notification n)
    {
        if (n.MessageKey is not { Length: > 0 } kind || l[$"Notice.{kind}.Title"].ResourceNotFound)
            return new NoticeText(n.Title, n.Body);
        var args = Notice.UnpackArgs(n.MessageArgs);
        return args.Count < ArgsOf(kind) ? new NoticeText(n.Title, n.Body) : For(l, kind, args);
    }

    /// <summary>How many arguments each kind's sentences use: fewer stored (a damaged row) falls back to the stored text.</summary>
    private static int ArgsOf(string kind) => kind switch
    {
        NoticeKinds.ReturnSentBack => 5,
        NoticeKinds.ReturnAccepted => 3,
        NoticeKinds.ReturnReopened => 4,
        NoticeKinds.SupervisionOrderRaised => 3,
        NoticeKinds.SupervisionOrderByHand => 4,
        _ => int.MaxValue,
    };
}

/// <summary><see cref="INoticeWording"/> from the resources, in Chinese whatever the thread's culture (a job has none).</summary>
public sealed class ResourceNoticeWording(IStringLocalizer<SharedResource> l, IOptions<EmailOptions> options) : INoticeWording
{
    private static readonly CultureInfo Chinese = new("zh-CN");

    public NoticeText InDefaultLanguage(string kind, IReadOnlyList<string> args)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = Chinese;
        try
        {
            return NoticeWords.For(l, kind, args);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    public string Address(string link)
    {
        var portal = options.Value.PortalUrl?.TrimEnd('/');
        return string.IsNullOrEmpty(portal) || !link.StartsWith('/') ? link : portal + link;
    }
}
