using DistrictPortal.Documents.Excel;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Features.Plans;

/// <summary>The plan as a workbook: one line per listed estate, the overdue ones marked, counted in the 合计 row.</summary>
public static class PlanExport
{
    public static TableExport Table(PlanPageModel model, IStringLocalizer l)
    {
        var columns = new List<TableColumn>
        {
            TableColumn.Text(l["Plans.Col.Community"]),
            TableColumn.Text(l["Plans.Col.Estate"]),
            TableColumn.Integer(l["Plans.Col.Households"], sums: true),
            TableColumn.Text(l["Plans.Field.PlannedMode"]),
            TableColumn.Date(l["Plans.Field.PlannedDate"]),
            TableColumn.Date(l["Plans.Col.StruckOff"]),
            TableColumn.Integer(l["Plans.Col.OverdueCount"], sums: true),
        };
        var rows = model.Lines.Select(x => (IReadOnlyList<object?>)
        [
            x.Community, x.Estate, x.Households,
            x.PlannedMode == Core.Estates.ManagementMode.None ? null : l[$"ManagementMode.{x.PlannedMode}"].Value,
            x.PlannedDate, x.StruckOffDate, x.IsOverdue ? 1 : 0,
        ]).ToList();
        return new TableExport(model.SubDistrict.Name, l["Plans.Subject"], model.Today, columns, rows)
        {
            AsOfLabel = l["Plans.AsOfLive", model.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)],
        };
    }
}
