using System.Globalization;
using DistrictPortal.Core.Hierarchy;

namespace DistrictPortal.Core.Notifications;

/// <summary>
/// The notice of a new 督办 order, raised by the job or by hand: the sub-district's officers and the admins over it hear
/// of it. One per sub-district and week, the order's own key, so the job's retries and a manual raise tell nobody twice.
/// </summary>
public static class SupervisionNotices
{
    public static Notice Raised(SupervisionOrder order, Node subDistrict)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(subDistrict);
        var week = order.WeekEnding.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var link = order.Id > 0 ? string.Create(CultureInfo.InvariantCulture, $"/supervision/{order.Id}") : "/supervision";
        return new Notice(NoticeKinds.SupervisionOrderRaised, subDistrict, [subDistrict.Name, week, order.Reason], link,
            DedupKey(subDistrict.Id, order.WeekEnding), NoticeAudience.OfficersAndAdmins);
    }

    /// <summary>
    /// An order raised by hand: told to the sub-district's officers (the office raised it itself) under the order's own
    /// key, because the office may raise several a week. "supervision-hand:{id}" is the key the web layer used for the
    /// inbox before this notice existed, so an order told then is not told again.
    /// </summary>
    public static Notice RaisedByHand(SupervisionOrder order, Node subDistrict)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(subDistrict);
        var deadline = order.Deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        return new Notice(NoticeKinds.SupervisionOrderByHand, subDistrict, [subDistrict.Name, deadline, order.Reason, order.RequiredAction ?? ""],
            string.Create(CultureInfo.InvariantCulture, $"/supervision/{order.Id}"), ByHandDedupKey(order.Id), NoticeAudience.Officers);
    }

    public static string ByHandDedupKey(long orderId) => string.Create(CultureInfo.InvariantCulture, $"supervision-hand:{orderId}");

    /// <summary>The key the supervision job has always used, so orders raised before this notice existed are not told again.</summary>
    public static string DedupKey(long subDistrictId, DateOnly weekEnding) =>
        string.Create(CultureInfo.InvariantCulture, $"supervision:{subDistrictId}:{weekEnding:yyyy-MM-dd}");
}
