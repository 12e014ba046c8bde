using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;

namespace DistrictPortal.Web.Infrastructure.Security;

public static class UserScope
{
    /// <summary>Fills the user's scope path and name from the node when the query left them empty.</summary>
    public static async Task<User> WithScopeAsync(this User user, INodeRepository nodes)
    {
        if (string.IsNullOrEmpty(user.ScopePath) || string.IsNullOrEmpty(user.ScopeName))
        {
            var node = await nodes.GetByIdAsync(user.ScopeNodeId);
            if (node is not null)
            {
                user.ScopePath = node.Path;
                user.ScopeName = node.Name;
            }
        }
        return user;
    }
}
