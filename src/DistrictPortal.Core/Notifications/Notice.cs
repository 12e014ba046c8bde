using System.Text.Json;
using DistrictPortal.Core.Hierarchy;

namespace DistrictPortal.Core.Notifications;

/// <summary>
/// The kinds of notice (站内通知 and group robot message) Core raises. Each is worded by the web layer from its resources
/// ("Notice.{Kind}.Title" and ".Body", Chinese and English) with <see cref="Notice.Args"/> as the numbered arguments.
/// </summary>
public static class NoticeKinds
{
    /// <summary>Args: sub-district, week (yyyy-MM-dd), the reviewer's reason, the row reasons ("小区：理由；…", may be empty), reviewer.</summary>
    public const string ReturnSentBack = "ReturnSentBack";

    /// <summary>Args: sub-district, week, reviewer.</summary>
    public const string ReturnAccepted = "ReturnAccepted";

    /// <summary>Args: sub-district, week, the reviewer's reason, reviewer.</summary>
    public const string ReturnReopened = "ReturnReopened";

    /// <summary>A community marked its part of the return done (已填报). Args: sub-district, week, community, who marked it.</summary>
    public const string ReturnCommunityDone = "ReturnCommunityDone";

    /// <summary>Args: sub-district, week, the order's reason.</summary>
    public const string SupervisionOrderRaised = "SupervisionOrderRaised";

    /// <summary>An order raised by hand. Args: sub-district, deadline (yyyy-MM-dd), the problem, the required action.</summary>
    public const string SupervisionOrderByHand = "SupervisionOrderByHand";
}

/// <summary>Who hears of a notice about a sub-district (see <see cref="NoticeService"/>).</summary>
public enum NoticeAudience
{
    /// <summary>The sub-district's own officers: they hold the return.</summary>
    Officers = 1,

    /// <summary>Its officers and the admins whose scope contains it (a 督办 concerns the district office too).</summary>
    OfficersAndAdmins = 2,
}

/// <summary>
/// Something that happened to a sub-district that its people must hear of. <see cref="DedupKey"/> names the event
/// once: raising the same notice again (a retried job, a double click) tells nobody twice and posts no second robot
/// message. <see cref="Link"/> is a path inside the portal.
/// </summary>
public sealed record Notice(string Kind, Node SubDistrict, IReadOnlyList<string> Args, string Link, string DedupKey, NoticeAudience Audience)
{
    public const int MaxArgLength = 2000;

    /// <summary>Also posted to the group robots of the sub-district and the nodes above it (the default); false: inbox and mail only.</summary>
    public bool ToRobots { get; init; } = true;

    /// <summary>The arguments as stored beside an inbox item (a JSON array of strings), so any language can word it later.</summary>
    public string PackedArgs => PackArgs(Args);

    public static string PackArgs(IReadOnlyList<string> args) => JsonSerializer.Serialize(args);

    /// <summary>The stored arguments; an unreadable value gives none rather than failing a page.</summary>
    public static IReadOnlyList<string> UnpackArgs(string? packed)
    {
        if (string.IsNullOrEmpty(packed))
            return [];
        try
        {
            return JsonSerializer.Deserialize<string[]>(packed) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}

/// <summary>The notice in the portal's default language (Chinese): stored with the inbox item, mailed, posted to robots.</summary>
public sealed record NoticeText(string Title, string Body);

/// <summary>Words a notice; the web layer implements it from its resources, so Core holds no sentences.</summary>
public interface INoticeWording
{
    NoticeText InDefaultLanguage(string kind, IReadOnlyList<string> args);

    /// <summary>The portal path as a full address where one is configured (a mail or a group chat is read outside the portal).</summary>
    string Address(string link);
}

/// <summary>
/// Raises a notice: the inbox of everyone Core says should hear of it (and a mail to those with an address), and a
/// message to the group robot of the sub-district and of each node above it that has one. This is the one door for
/// new notices: a workflow in Core (a return sent back, a supervision order raised by hand) calls it after its write.
/// </summary>
public interface IPortalNotices
{
    /// <summary>Returns how many inbox items were new (0 when the notice had been raised before).</summary>
    Task<int> RaiseAsync(Notice notice, DateTime atUtc);
}
