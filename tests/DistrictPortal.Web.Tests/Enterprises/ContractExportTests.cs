using System.Net;
using ClosedXML.Excel;
using DistrictPortal.Core.Enterprises;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Exports;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Enterprises;

/// <summary>
/// The Excel of one estate's contracts (/contracts/{estateId}/export.xlsx) and of one enterprise's
/// (/enterprises/{id}/export.xlsx): each linked from its page and scoped like it, on the demo's contracts of 牌楼.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ContractExportTests(PortalFactory factory)
{
    private static string Cells(IXLRow row) => string.Join("|", row.CellsUsed().Select(c => c.GetString()));

    private static bool HasDate(IXLRow row, DateOnly day) =>
        row.CellsUsed().Any(c => c.DataType == XLDataType.DateTime && DateOnly.FromDateTime(c.GetDateTime()) == day);

    [Fact]
    public async Task One_estates_contracts_and_one_enterprises_come_out_as_their_pages_list_them_and_only_in_scope()
    {
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        var contract = (await factory.Services.GetRequiredService<IContractRepository>().ListInScopeAsync(pailou.Path)).First();
        using var officer = await factory.NewClient().SignInAsync("pailou");
        Assert.Contains($"href=\"/contracts/{contract.EstateId}/export.xlsx\"", await officer.GetPageAsync($"/contracts/{contract.EstateId}"));
        Assert.Contains($"href=\"/enterprises/{contract.EnterpriseId}/export.xlsx\"", await officer.GetPageAsync($"/enterprises/{contract.EnterpriseId}"));

        var (estateBook, _) = await Workbooks.DownloadAsync(officer, $"/contracts/{contract.EstateId}/export.xlsx");
        using (estateBook)
        {
            var sheet = estateBook.Worksheet(1);
            Assert.Contains(contract.EstateName, sheet.Cell(1, 1).GetString());
            var row = Assert.Single(Workbooks.DataRows(sheet), r => HasDate(r, contract.StartDate) && Cells(r).Contains(contract.EnterpriseName, StringComparison.Ordinal));
            Assert.True(HasDate(row, contract.LastDay));
            Assert.Equal(contract.FeePerSquareMetre, row.Cell(Workbooks.Column(sheet, "物业费（元/m²·月）")).GetValue<decimal>());
        }

        var (enterpriseBook, _) = await Workbooks.DownloadAsync(officer, $"/enterprises/{contract.EnterpriseId}/export.xlsx");
        using (enterpriseBook)
        {
            var rows = Workbooks.DataRows(enterpriseBook.Worksheet(1));
            Assert.Contains(rows, r => Cells(r).Contains(contract.EstateName, StringComparison.Ordinal) && HasDate(r, contract.StartDate));
        }

        // 南岸's officer: the estate's Excel answers 404 like its page, and the enterprise's lists none of 牌楼's contracts.
        using var outsider = await factory.NewClient().SignInAsync("nanan");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/contracts/{contract.EstateId}/export.xlsx")).StatusCode);
        var (outsiders, _) = await Workbooks.DownloadAsync(outsider, $"/enterprises/{contract.EnterpriseId}/export.xlsx");
        using (outsiders)
            Assert.DoesNotContain(Workbooks.DataRows(outsiders.Worksheet(1)), r => Cells(r).Contains(contract.EstateName, StringComparison.Ordinal));
    }
}
