using DistrictPortal.Core.Standards;
using DistrictPortal.Documents.Excel;
using DistrictPortal.Web.Features.Standards;
using DistrictPortal.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Features.Inspections;

/// <summary>
/// /inspections as Excel, the view and filters of the page, every page: by estate, one row per estate's newest
/// inspection with each active standard's measured value and verdict; by group, the page's counts and share. Live
/// (the scope line says so with the day), like the page.
/// </summary>
public static class InspectionExport
{
    public static TableExport Table(InspectionListModel model, string scope, IStringLocalizer l)
    {
        var standards = model.Standards.Where(s => s.IsActive).ToList();
        var subject = l[$"Inspections.ExportSubject.{model.View}"].Value;
        IReadOnlyList<TableColumn> columns;
        List<IReadOnlyList<object?>> rows;
        if (model.View == InspectionView.Estates)
        {
            columns =
            [
                TableColumn.Text(l["Field.SubDistrict"]), TableColumn.Text(l["Field.Estate"]), TableColumn.Text(l["Field.Mode"]),
                TableColumn.Date(l["Inspections.Field.Date"]), TableColumn.Text(l["Inspections.Field.Inspector"]),
                TableColumn.Text(l["Inspections.Field.MeetsAll"]),
                .. standards.Select(s => TableColumn.Text($"{l.Enum(s.Measure)}（{StandardText.Rule(l, s)}）")),
                TableColumn.Text(l["Inspections.Field.Evidence"]),
            ];
            rows = model.Rows.Select(i => (IReadOnlyList<object?>)
            [
                i.SubDistrictName, i.EstateName, l.Enum(i.Mode), i.Date, i.Inspector,
                i.MeetsAll ? l["Inspections.MeetsAll"].Value : l["Inspections.NotAll"].Value,
                .. standards.Select(s => (object?)(i.Values.FirstOrDefault(v => v.StandardId == s.Id) is { } v
                    ? $"{StandardText.WithUnit(l, v.Value, s.Unit)} {(v.Met ? l["Inspections.Met"] : l["Inspections.NotMet"])}"
                    : "—")),
                i.Evidence,
            ]).ToList();
        }
        else
        {
            columns =
            [
                TableColumn.Text(l[$"Inspections.Group.{model.View}"]),
                TableColumn.Integer(l["Inspections.Col.Inspected"]), TableColumn.Integer(l["Inspections.Col.MeetingAll"]),
                new TableColumn(l["Inspections.Col.Share"], ColumnKind.PercentPoints),
                .. standards.Select(s => TableColumn.Text($"{l.Enum(s.Measure)}（{StandardText.Rule(l, s)}）")),
            ];
            rows = model.Groups.Select(g => (IReadOnlyList<object?>)
            [
                g.Name, g.Share.Inspected, g.Share.MeetingAll, g.Share.Percent,
                .. standards.Select(s => g.Tallies.First(t => t.StandardId == s.Id) is { Measured: > 0 } t ? (object?)$"{t.Met}/{t.Measured}" : "—"),
            ]).ToList();
        }
        return new TableExport(scope, subject, model.Today, columns, rows)
        {
            TitleOverride = $"{scope} {subject}",
            SheetNameOverride = subject,
            AsOfLabel = Documents.AsOfText.Label(Core.Returns.AsOf.Live(model.Today)),
            Notes = [l["Inspections.ShareRule"]],
        };
    }
}
