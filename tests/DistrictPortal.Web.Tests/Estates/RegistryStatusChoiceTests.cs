using DistrictPortal.Core.Estates;
using DistrictPortal.Web.Features.Estates;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Estates;

/// <summary>
/// The registry's status filter has a choice for every name the status column shows (Core's StatusChoice): the demo's
/// estates are each under exactly one, and 业委会/物管会自管 and 社区托管 list the estates shown by that mode.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class RegistryStatusChoiceTests(PortalFactory factory)
{
    [Fact]
    public async Task Every_demo_estate_is_under_exactly_one_status_choice_and_the_mode_choices_list_theirs()
    {
        var estates = factory.Services.GetRequiredService<IEstateRepository>();
        var root = (await factory.Services.GetRequiredService<Core.Hierarchy.INodeRepository>().GetRootsAsync()).Single();
        // One read of everything and one per choice, back to back: other tests of the shared portal may add estates.
        var all = await All(new EstateListRequest());
        var byChoice = new Dictionary<StatusChoice, IReadOnlyList<Estate>>();
        foreach (var choice in Enum.GetValues<StatusChoice>())
            byChoice[choice] = await All(new EstateListRequest { Status = choice });

        Assert.Equal(all.Count, byChoice.Values.Sum(v => v.Count));
        Assert.Equal(all.Select(e => e.Id).Order(), byChoice.Values.SelectMany(v => v.Select(e => e.Id)).Order());
        foreach (var (choice, listed) in byChoice)
            Assert.All(listed, e => Assert.Equal(choice, ShownStatus.ChoiceOf(e.Status, e.Mode)));
        Assert.Equal(all.Where(e => e.Status == ManagementStatus.UnitSelfManaged && e.Mode == ManagementMode.CommitteeSelfManaged).Select(e => e.Id).Order(),
            byChoice[StatusChoice.CommitteeSelfManaged].Select(e => e.Id).Order());
        Assert.Equal(all.Where(e => e.Status == ManagementStatus.UnitSelfManaged && e.Mode == ManagementMode.CommunityTrusteeship).Select(e => e.Id).Order(),
            byChoice[StatusChoice.CommunityTrusteeship].Select(e => e.Id).Order());
        // The demo has estates under both new choices, so the page lists one of them and offers the choices.
        Assert.NotEmpty(byChoice[StatusChoice.CommunityTrusteeship]);
        Assert.NotEmpty(byChoice[StatusChoice.CommitteeSelfManaged]);
        var trusteed = byChoice[StatusChoice.CommunityTrusteeship][0];
        using var bureau = await factory.NewClient().SignInAsync("bureau");
        var page = await bureau.GetPageAsync($"/estates?status={StatusChoice.CommunityTrusteeship}&q={Uri.EscapeDataString(trusteed.Name)}");
        Assert.Contains($"data-id=\"{trusteed.Id}\"", page);
        Assert.Contains($"<option value=\"{StatusChoice.CommitteeSelfManaged}\"", page);
        Assert.Contains($"value=\"{StatusChoice.CommunityTrusteeship}\" selected", page);

        async Task<IReadOnlyList<Estate>> All(EstateListRequest request)
        {
            var list = new List<Estate>();
            await foreach (var e in estates.StreamAsync(request.ToQuery(root.Path, 1000)))
                list.Add(e);
            return list;
        }
    }
}
