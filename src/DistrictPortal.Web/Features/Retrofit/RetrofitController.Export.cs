using DistrictPortal.Core.Retrofit;
using DistrictPortal.Documents.Excel;
using DistrictPortal.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;

namespace DistrictPortal.Web.Features.Retrofit;

public sealed partial class RetrofitController
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The page's board as a workbook: progress by node (units m² in the headers, a 合计 row), then the node's projects.</summary>
    [HttpGet("export.xlsx")]
    public async Task<IActionResult> Export(int? year, long? node)
    {
        var board = await BoardAsync(year, node);
        if (board is null)
            return NotFound();
        var (data, projects) = board.Value;
        using var workbook = TableWorkbookWriter.NewWorkbook();
        var progress = ProgressTable(data);
        TableWorkbookWriter.AddSheet(workbook, progress);
        TableWorkbookWriter.AddSheet(workbook, ProjectsTable(data, projects));
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return File(stream.ToArray(), XlsxType, progress.FileName);
    }

    private TableExport ProgressTable(RetrofitBoardData data)
    {
        TableColumn[] columns =
        [
            TableColumn.Text(l["Retrofit.Node"]),
            TableColumn.Decimal(l["Retrofit.Target"], sums: true),
            TableColumn.Decimal(l["Retrofit.Accepted"], sums: true),
            new(l["Retrofit.Percent"].Value.Contains('%') ? l["Retrofit.Percent"] : l["Retrofit.Percent"] + "（%）", ColumnKind.PercentPoints),
            TableColumn.Decimal(l["Retrofit.InWorks"], sums: true),
            TableColumn.Decimal(l["Retrofit.Projected"], sums: true), // linear in the accepted area: the rows' projections add up
            TableColumn.Text(l["Retrofit.Pace"]),
            TableColumn.Decimal(l["Retrofit.CumulativeTarget"], sums: true),
            TableColumn.Decimal(l["Retrofit.CumulativeAccepted"], sums: true),
        ];
        var rows = data.Lines.Select(line => (IReadOnlyList<object?>)
        [
            line.Name + (line.IsOutsidePortal ? $"（{l["Retrofit.OutsidePortal"]}）" : ""),
            line.Progress.TargetArea, line.Progress.AcceptedArea, line.Progress.PercentOfTarget, line.Progress.InWorksArea,
            line.Progress.ProjectedArea,
            line.Progress.IsBehindPace ? l["Retrofit.Behind", Formats.Area(line.Progress.TargetArea - (line.Progress.ProjectedArea ?? 0m))].Value
                : line.Progress.ProjectedArea is null ? "" : l["Retrofit.OnPace"].Value,
            line.CumulativeTarget, line.IsOutsidePortal ? null : line.CumulativeAccepted,
        ]).ToList();
        return new TableExport(data.Node.Name, $"{data.Year}年{l["Retrofit.Title"]}", data.AsOf, columns, rows)
        {
            SheetNameOverride = l["Retrofit.ProgressTitle"],
            AsOfLabel = l.AsOfInDocument(DistrictPortal.Core.Returns.AsOf.Live(Today)),
            Notes = [l["Retrofit.Rule", data.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)]],
        };
    }

    private TableExport ProjectsTable(RetrofitBoardData data, IReadOnlyList<RetrofitProject> projects)
    {
        TableColumn[] columns =
        [
            TableColumn.Text(l["Retrofit.Field.Name"]),
            TableColumn.Text(l["Retrofit.Field.EstateId"]),
            TableColumn.Text(l["Retrofit.Field.WorkItems"]),
            TableColumn.Decimal(l["Retrofit.Field.Area"] + "（m²）", sums: true),
            TableColumn.Text(l["Retrofit.Field.Status"]),
            TableColumn.Date(l["Retrofit.Field.StartedDate"]),
            TableColumn.Date(l["Retrofit.Field.CompletedDate"]),
            TableColumn.Date(l["Retrofit.Field.AcceptedDate"]),
        ];
        var rows = projects.Select(p => (IReadOnlyList<object?>)
        [
            p.Name, p.EstateName, string.Join(l["Common.ListSeparator"], l.Flags(p.WorkItems)), p.Area, l.Enum(p.Status),
            p.StartedDate, p.CompletedDate, p.AcceptedDate,
        ]).ToList();
        return new TableExport(data.Node.Name, l["Retrofit.ProjectsTitle", data.Node.Name], data.AsOf, columns, rows)
        {
            SheetNameOverride = l["Retrofit.Field.Name"],
            AsOfLabel = l.AsOfInDocument(DistrictPortal.Core.Returns.AsOf.Live(Today)),
        };
    }
}
