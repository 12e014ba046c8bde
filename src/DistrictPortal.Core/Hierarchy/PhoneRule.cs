using System.Text.RegularExpressions;

namespace DistrictPortal.Core.Hierarchy;

/// <summary>
/// A contact number as the office dials it: a mainland mobile (11 digits from 13x to 19x) or a landline with its area
/// code (0 and 2–3 digits, then 7–8 digits, an optional extension), spaces and hyphens allowed between groups.
/// </summary>
public static partial class PhoneRule
{
    public const int MaxLength = 30;

    public static bool IsValid(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone) || phone.Length > MaxLength)
            return false;
        var compact = phone.Trim();
        return Mobile().IsMatch(compact) || Landline().IsMatch(compact);
    }

    [GeneratedRegex(@"^(\+86[ -]?)?1[3-9]\d[ -]?\d{4}[ -]?\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex Mobile();

    [GeneratedRegex(@"^\(?0\d{2,3}\)?[ -]?\d{7,8}([ -]?(转|-|ext\.?)[ -]?\d{1,6})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Landline();
}
