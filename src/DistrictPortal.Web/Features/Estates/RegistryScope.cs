using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Web.Infrastructure.Security;

namespace DistrictPortal.Web.Features.Estates;

/// <summary>
/// The registry's <c>subDistrict</c> filter narrows the list (and its export) to one sub-district inside the user's
/// scope: the link from a per-sub-district subtotal row. A sub-district outside the scope, or an id that is not a
/// sub-district, names nothing the user may read: the caller answers 404.
/// </summary>
public static class RegistryScope
{
    /// <summary>The scope path the list reads: the user's own, or the chosen sub-district's; null when refused.</summary>
    public static async Task<string?> NarrowAsync(ScopeGuard guard, string userScopePath, long? subDistrictId)
    {
        if (subDistrictId is not { } id)
            return userScopePath;
        var node = await guard.ReadableNodeAsync(id);
        return node is { Level: NodeLevel.SubDistrict } ? node.Path : null;
    }

    /// <summary>True when the user's own scope spans more than one sub-district (a district or the city).</summary>
    public static bool SpansSubDistricts(string userScopePath) =>
        Scope.Ids(userScopePath).Count < (int)NodeLevel.SubDistrict;
}
