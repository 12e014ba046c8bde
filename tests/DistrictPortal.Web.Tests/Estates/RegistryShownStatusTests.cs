using DistrictPortal.Core.Estates;
using DistrictPortal.Web.Features.Estates;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Estates;

/// <summary>
/// 单位自管 names an estate its work unit manages: one struck off to its owners' committee or to the community is stored
/// as 单位自管 but shown by its mode (Core's ShownStatus). The registry's 单位自管 filter lists only what the status
/// column shows as 单位自管; the demo has estates of both kinds.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class RegistryShownStatusTests(PortalFactory factory)
{
    [Fact]
    public async Task The_unit_self_managed_filter_leaves_out_the_estates_shown_by_their_mode()
    {
        var estates = factory.Services.GetRequiredService<IEstateRepository>();
        var root = (await factory.Services.GetRequiredService<Core.Hierarchy.INodeRepository>().GetRootsAsync()).Single();
        var stored = (await estates.SearchAsync(new EstateQuery { ScopePath = root.Path, Status = ManagementStatus.UnitSelfManaged, PageSize = 1000 })).Items;
        Assert.Contains(stored, e => ShownStatus.ModeInsteadOf(e.Status, e.Mode) is not null);
        Assert.Contains(stored, e => ShownStatus.ModeInsteadOf(e.Status, e.Mode) is null);

        var filtered = (await estates.SearchAsync(new EstateListRequest { Status = StatusChoice.UnitSelfManaged }.ToQuery(root.Path, 1000))).Items;

        Assert.NotEmpty(filtered);
        Assert.All(filtered, e => Assert.Null(ShownStatus.ModeInsteadOf(e.Status, e.Mode)));
        Assert.Equal(stored.Count(e => ShownStatus.ModeInsteadOf(e.Status, e.Mode) is null), filtered.Count);
    }
}
