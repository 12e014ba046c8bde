using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.League;
using DistrictPortal.Core.Returns;
using DistrictPortal.Web.Infrastructure.Jobs;

namespace DistrictPortal.Web.Features.Matrix;

/// <summary>What one cell shows: how the week's return stands for timeliness, and where it is in review.</summary>
public enum CellKind
{
    /// <summary>Before the campaign's first week: not asked for, not counted.</summary>
    NotAsked = 0,
    /// <summary>Nothing submitted and the deadline has not passed.</summary>
    NotYetDue = 1,
    /// <summary>Nothing submitted and the deadline has passed (未报).</summary>
    Missing = 2,
    OnTime = 3,
    Late = 4,
}

public sealed record MatrixCell(long SubDistrictId, DateOnly WeekEnding, CellKind Kind, ReturnStatus? Status, bool WasSentBack)
{
    /// <summary>Counted in the rates: asked for and due.</summary>
    public bool IsDue => Kind is CellKind.Missing or CellKind.OnTime or CellKind.Late;
    public bool IsSubmitted => Kind is CellKind.OnTime or CellKind.Late;
}

public sealed record MatrixRow(long SubDistrictId, string SubDistrictName, string DistrictName, IReadOnlyList<MatrixCell> Cells,
    decimal? OnTimeRate, decimal? CompletenessRate);

public sealed record MatrixColumn(DateOnly WeekEnding, int Due, int OnTime, int Submitted)
{
    public decimal? OnTimeRate => ReturnFigures.Percent(OnTime, Due);
    public decimal? CompletenessRate => ReturnFigures.Percent(Submitted, Due);
}

/// <summary>
/// 报送完整性与及时性矩阵: sub-districts × weeks. Timeliness is Core's (first submission against the campaign's
/// deadline, holidays applied); the row's on-time rate is Core's <see cref="OnTimeRate"/> over the weeks shown;
/// completeness = weeks submitted (on time or late) ÷ weeks due. Weeks before the campaign or not yet due are not counted.
/// </summary>
public static class CompletenessMatrix
{
    public static (IReadOnlyList<MatrixRow> Rows, IReadOnlyList<MatrixColumn> Columns) Build(
        IReadOnlyList<CampaignContext> campaigns, IReadOnlySet<long> subDistrictsShown, IReadOnlyList<ReturnSummary> summaries,
        IReadOnlyList<DateOnly> weeks, DateTime nowUtc)
    {
        var byKey = summaries.ToLookup(s => (s.SubDistrictId, s.WeekEnding));
        var rows = new List<MatrixRow>();
        foreach (var campaign in campaigns)
        {
            foreach (var subDistrict in campaign.SubDistricts.Where(s => subDistrictsShown.Contains(s.Id)))
            {
                var cells = weeks.Select(week => Cell(campaign, subDistrict.Id, week, byKey[(subDistrict.Id, week)].FirstOrDefault(), nowUtc)).ToList();
                var byWeek = cells.Where(c => c.Kind != CellKind.NotAsked).ToDictionary(c => c.WeekEnding, Timeliness);
                rows.Add(new MatrixRow(subDistrict.Id, subDistrict.Name, campaign.District.Name, cells,
                    OnTimeRate.Compute(byWeek, weeks[^1], campaign.FirstWeekEnding, weeks.Count),
                    ReturnFigures.Percent(cells.Count(c => c.IsSubmitted), cells.Count(c => c.IsDue))));
            }
        }
        var columns = weeks.Select((week, i) => new MatrixColumn(week,
            rows.Count(r => r.Cells[i].IsDue),
            rows.Count(r => r.Cells[i].Kind == CellKind.OnTime),
            rows.Count(r => r.Cells[i].IsSubmitted))).ToList();
        return (rows, columns);
    }

    private static MatrixCell Cell(CampaignContext campaign, long subDistrictId, DateOnly week, ReturnSummary? summary, DateTime nowUtc)
    {
        if (week < campaign.FirstWeekEnding)
            return new MatrixCell(subDistrictId, week, CellKind.NotAsked, null, false);
        var kind = campaign.Calendar.Evaluate(week, summary?.FirstSubmittedUtc, nowUtc) switch
        {
            Core.Campaigns.Timeliness.OnTime => CellKind.OnTime,
            Core.Campaigns.Timeliness.Late => CellKind.Late,
            Core.Campaigns.Timeliness.Overdue => CellKind.Missing,
            _ => CellKind.NotYetDue,
        };
        return new MatrixCell(subDistrictId, week, kind, summary?.Status, summary?.WasSentBack == true);
    }

    private static Timeliness Timeliness(MatrixCell cell) => cell.Kind switch
    {
        CellKind.OnTime => Core.Campaigns.Timeliness.OnTime,
        CellKind.Late => Core.Campaigns.Timeliness.Late,
        CellKind.Missing => Core.Campaigns.Timeliness.Overdue,
        _ => Core.Campaigns.Timeliness.NotYetDue,
    };
}
