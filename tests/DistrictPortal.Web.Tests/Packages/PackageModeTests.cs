using System.Net;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Management;
using DistrictPortal.Core.Packages;
using DistrictPortal.Core.Standards;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Packages;

/// <summary>
/// Joining a package sets the registry's mode 4 (Core's PackageJoin) with the estate's audit; the demo's packaged estates
/// therefore have standards to be inspected against, and /inspections by package has rows. Leaving keeps the mode and
/// /contracts/{estateId} flags it. On a portal of their own (the tests record).
/// </summary>
public sealed class PackageModeTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private IPackageRepository Packages => factory.Services.GetRequiredService<IPackageRepository>();
    private IEstateRepository Estates => factory.Services.GetRequiredService<IEstateRepository>();

    [Fact]
    public async Task The_demo_packaged_estates_are_in_mode_4_and_inspections_by_package_list_both_packages()
    {
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        var packages = (await Packages.ListInScopeAsync(pailou.Path)).Where(p => p.Name is DemoPackages.FirstName or DemoPackages.SecondName).ToList();
        Assert.Equal(2, packages.Count);
        foreach (var package in packages)
            foreach (var member in (await Packages.ListMembersAsync(package.Id)).Where(m => m.Live))
                Assert.Equal(ManagementMode.SubDistrictPackage, (await Estates.GetByIdAsync(member.EstateId))!.Mode);

        var inspected = (await factory.Services.GetRequiredService<IInspectionRepository>().ListLatestInScopeAsync(pailou.Path)).Select(i => i.EstateId).ToHashSet();
        var live = await Packages.ListLiveMembersInScopeAsync(pailou.Path);
        Assert.Contains(live, m => inspected.Contains(m.EstateId));
        using var bureau = await factory.NewClient().SignInAsync("bureau");
        var page = await bureau.GetPageAsync("/inspections?view=Packages");
        Assert.Contains(packages, p => page.Contains($"data-key=\"{p.Id}\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Joining_by_the_package_form_sets_mode_4_with_the_estates_audit_and_leaving_keeps_it_flagged()
    {
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        var packaged = (await Packages.ListLiveMembersInScopeAsync(pailou.Path)).Select(m => m.EstateId).ToHashSet();
        var estate = (await Estates.ListAfterPathAsync(pailou.Path, null, 1000))
            .First(e => !packaged.Contains(e.Id) && e.Status == ManagementStatus.Unmanaged && e.Mode == ManagementMode.None);
        using var officer = await factory.NewClient().SignInAsync("pailou");

        var created = await officer.PostFormAsync("/packages/new",
            [new("SubDistrictId", pailou.Id.ToString()), new("Name", "牌楼测试片区（方式）"), new("EstateIds", estate.Id.ToString())],
            $"/packages/new?subDistrictId={pailou.Id}");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var after = (await Estates.GetByIdAsync(estate.Id))!;
        Assert.Equal((ManagementMode.SubDistrictPackage, ManagementStatus.Unmanaged), (after.Mode, after.Status));
        var trail = await factory.Services.GetRequiredService<IAuditRepository>().ListForEntityAsync(AuditEntities.Estate, estate.Id);
        Assert.Contains(trail, e => e.Field == nameof(Estate.Mode) && e.NewValue == nameof(ManagementMode.SubDistrictPackage) && e.UserName == Demo.Operator("pailou"));
        Assert.Contains(trail, e => e.Action == PackageJoin.Action && e.NewValue == "牌楼测试片区（方式）");
        // The registry page still saves such an estate (an unmanaged estate may carry mode 4).
        Assert.Empty(Core.Estates.EstateValidator.Validate(after, DateTime.UtcNow.Year));
        var contracts = await officer.GetPageAsync($"/contracts/{estate.Id}");
        Assert.DoesNotContain($"data-flag=\"{ManagementFlag.NotInPackage}\"", contracts);

        // Dissolved: the mode stays 4 and /contracts says the estate is in no live package.
        var package = (await Packages.ListInScopeAsync(pailou.Path)).Single(p => p.Name == "牌楼测试片区（方式）");
        var dissolved = await officer.PostFormAsync($"/packages/{package.Id}/dissolve", [], $"/packages/{package.Id}");
        Assert.Equal(HttpStatusCode.Redirect, dissolved.StatusCode);
        Assert.Equal(ManagementMode.SubDistrictPackage, (await Estates.GetByIdAsync(estate.Id))!.Mode);
        Assert.Contains($"data-flag=\"{ManagementFlag.NotInPackage}\"", await officer.GetPageAsync($"/contracts/{estate.Id}"));
        Assert.Contains("package-mode-note", await officer.GetPageAsync($"/packages/{package.Id}"));
    }
}
