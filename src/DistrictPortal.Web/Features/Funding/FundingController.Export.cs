using DistrictPortal.Core.Funding;
using DistrictPortal.Documents.Excel;
using DistrictPortal.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;

namespace DistrictPortal.Web.Features.Funding;

public sealed partial class FundingController
{
    /// <summary>The page's reconciliation as a workbook: 元 in every money header, a 合计 row, and the rounding rule under the table.</summary>
    [HttpGet("export.xlsx")]
    public async Task<IActionResult> Export(int? year, long? node)
    {
        var board = await BoardAsync(year, node);
        if (board is null)
            return NotFound();
        var columns = new List<TableColumn> { TableColumn.Text(l["Retrofit.Node"]) };
        foreach (var payer in Enum.GetValues<Payer>())
        {
            var name = l.Enum(payer);
            columns.Add(TableColumn.Money(name + l["Funding.Owed"], sums: true));
            columns.Add(TableColumn.Money(name + l["Funding.Paid"], sums: true));
            columns.Add(TableColumn.Money(name + l["Funding.Balance"], sums: true));
        }
        columns.Add(TableColumn.Money(l["Funding.Waived"], sums: true));
        columns.Add(TableColumn.Money(l["Funding.Provisional"], sums: true));
        columns.Add(TableColumn.Text(l["Common.State"]));
        var rows = board.Lines.Select(line =>
        {
            var r = line.Reconciliation;
            var cells = new List<object?> { line.Name };
            foreach (var p in r.Payers)
                cells.AddRange([p.Owed, p.Paid, p.Balance]);
            cells.AddRange([r.Waived, r.Provisional, State(r)]);
            return (IReadOnlyList<object?>)cells;
        }).ToList();
        var table = new TableExport(board.Node.Name, $"{board.Year}年{l["Funding.Title"]}", Today, columns, rows)
        {
            SheetNameOverride = l["Nav.Funding"],
            AsOfLabel = l.AsOfInDocument(DistrictPortal.Core.Returns.AsOf.Live(Today)),
            Notes = [FundingText.Rule(), l["Funding.Explain"]],
        };
        return File(TableWorkbookWriter.ToBytes(table), Retrofit.RetrofitController.XlsxType, table.FileName);
    }

    private string State(FundingReconciliation r) =>
        r.IsImbalanced ? (r.IsMatchingOutOfStep ? l["Funding.OutOfStep"] : l["Funding.Overpaid"])
        : r.IsSettled ? l["Funding.Settled"] : l["Funding.Outstanding"];
}
