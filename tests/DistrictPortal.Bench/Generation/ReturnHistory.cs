using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Returns;
using Microsoft.Data.Sqlite;

namespace DistrictPortal.Bench.Generation;

/// <summary>
/// 104 weeks of Friday returns for every sub-district, all accepted, ending with last week; the current week is left
/// open for the Friday peak. Each week an open estate is struck off with its sub-district's own weekly chance (so after
/// two years some have cleared 40% and some 98%), and a few more get under way. Rows are carried forward week to
/// week as the app carries them, and each snapshot is Core's <see cref="ReturnFigures"/> of the rows as accepted, so the
/// frozen figures and the rows agree. Mostly on time; some late, some sent back once, as in the demo history.
/// </summary>
internal sealed class ReturnHistory(CityShape shape, RegistryWriter registry, DateOnly currentWeek, Random random, TextWriter log)
{
    private const long ReviewerId = 2;
    private const string ReviewerName = "基准测试审核员";

    private static readonly ManagementMode[] Modes =
        [ManagementMode.CommunityTrusteeship, ManagementMode.PropertyEnterprise, ManagementMode.SubDistrictPackage, ManagementMode.CommitteeSelfManaged];

    private static readonly SixHaves[] Haves =
        [SixHaves.Organisation, SixHaves.Cleaning, SixHaves.Repairs, SixHaves.Greening, SixHaves.Security, SixHaves.Parking];

    private readonly ReportingCalendar calendar = new(HolidayCalendar.China2026);

    public static long OfficerId(int subDistrict) => 2 + subDistrict;

    /// <summary>Each listed estate's row of the newest week: what the registry and the committee records hold at the end.</summary>
    public List<ReturnRow> FinalRows { get; } = [];

    public long Returns { get; private set; }
    public long Rows { get; private set; }

    public void Write(SqliteConnection connection)
    {
        var rows = registry.Baseline.GroupBy(e => e.SubDistrict).ToDictionary(
            g => g.Key,
            g => g.Select(e => new ReturnRow { EstateId = e.Id, EstateName = e.Name, Households = e.Households }).ToList());
        // Each sub-district's weekly chance of striking off an open estate: 0.5% to 3.5%.
        var pace = Enumerable.Range(1, shape.SubDistricts).ToDictionary(s => s, _ => 0.005 + random.NextDouble() * 0.03);

        using var returns = new Inserter(connection, "WeeklyReturn",
            "Id", "SubDistrictId", "WeekEnding", "Status", "FirstSubmittedUtc", "LastSubmittedUtc", "SubmittedByUserId", "SubmittedByName",
            "ReviewedUtc", "ReviewedByUserId", "ReviewedByName", "HasBeenAccepted", "IsRestatement", "WasSentBack",
            "ProgressNarrative", "ProblemsNarrative", "NextWeekPlan", "Version");
        using var rowInserter = new Inserter(connection, "ReturnRow",
            "WeeklyReturnId", "EstateId", "EstateName", "Households", "Mode", "SixHaves", "ConsultationDate", "OwnersMeetingDate",
            "CommitteeElectedDate", "ContractSignedDate", "IsStruckOff", "StruckOffDate", "Blockers", "HelpAsked");
        using var snapshots = new Inserter(connection, "ReturnSnapshot",
            "Id", "WeeklyReturnId", "SubDistrictId", "SubDistrictName", "WeekEnding", "AcceptedUtc", "IsRestatement", "WasOnTime",
            "Baseline", "Covered", "Remaining", "PercentCleared", "NewlyCovered", "CommitteesFormed", "HouseholdsCovered", "CoveredEstateIds");

        long returnId = 0;
        var rowCount = 0L;
        for (var w = shape.Weeks; w >= 1; w--)
        {
            var week = currentWeek.AddDays(-7 * w);
            using var transaction = connection.BeginTransaction();
            returns.Transaction = rowInserter.Transaction = snapshots.Transaction = transaction;
            foreach (var (s, list) in rows)
            {
                var struck = Advance(list, week, pace[s]);
                var (first, last, sentBack) = Submission(week);
                var accepted = calendar.LocalToUtc(week.AddDays(3), new TimeOnly(10, 0)).AddMinutes(random.Next(0, 480));
                if (accepted < last)
                    accepted = last.AddHours(2);
                var officer = CityShape.OfficerUserName(s);
                returnId++;
                returns.Run(returnId, shape.SubDistrictId(s), week, ReturnStatus.Accepted, first, last, OfficerId(s), officer,
                    accepted, ReviewerId, ReviewerName, true, false, sentBack,
                    $"本周新增销号 {struck} 个小区，其余小区按“一小区一方案”推进。", "部分小区业主对物业服务费标准意见不一。",
                    "继续入户征求意见，推动已表决小区签订物业服务合同。", sentBack ? 5 : 3);
                foreach (var r in list)
                {
                    rowInserter.Run(returnId, r.EstateId, r.EstateName, r.Households, r.Mode, r.SixHaves, r.ConsultationDate, r.OwnersMeetingDate,
                        r.CommitteeElectedDate, r.ContractSignedDate, r.IsStruckOff, r.StruckOffDate, r.Blockers, r.HelpAsked);
                }
                rowCount += list.Count;
                var figures = ReturnFigures.Compute(list, week);
                var onTime = calendar.Evaluate(week, first, accepted) == Timeliness.OnTime;
                snapshots.Run(returnId, returnId, shape.SubDistrictId(s), registry.SubDistrictName(s), week, accepted, false, onTime,
                    figures.Baseline.Value, figures.Covered.Value, figures.Remaining.Value, figures.PercentCleared, figures.NewlyCovered.Value,
                    figures.CommitteesFormed.Value, figures.HouseholdsCovered.Value, string.Join(',', figures.Covered.EstateIds));
            }
            transaction.Commit();
        }
        (Returns, Rows) = (returnId, rowCount);
        FinalRows.AddRange(rows.Values.SelectMany(l => l));
        log.WriteLine($"returns: {returnId} accepted returns, {rowCount} rows, {returnId} snapshots over {shape.Weeks} weeks");
    }

    /// <summary>Strikes off this week's share of the open estates (with everything ReturnValidator asks of a strike-off) and starts a few more.</summary>
    private int Advance(List<ReturnRow> list, DateOnly week, double chance)
    {
        var weekStart = ReportingCalendar.WeekStart(week);
        var struck = 0;
        foreach (var row in list)
        {
            if (row.IsStruckOff)
                continue;
            var draw = random.NextDouble();
            if (draw < chance)
            {
                var on = weekStart.AddDays(random.Next(0, 6));
                var mode = Modes[random.Next(Modes.Length)];
                row.Mode = mode;
                row.SixHaves = SixHaves.All;
                row.ConsultationDate ??= on.AddDays(-random.Next(7, 60));
                if (mode is ManagementMode.CommitteeSelfManaged or ManagementMode.PropertyEnterprise)
                {
                    // One owners' meeting elects the committee: the committee record keeps one date for both (its home).
                    row.OwnersMeetingDate = row.CommitteeElectedDate = on.AddDays(-1);
                }
                if (mode == ManagementMode.PropertyEnterprise)
                    row.ContractSignedDate = on;
                row.IsStruckOff = true;
                row.StruckOffDate = on;
                row.Blockers = row.HelpAsked = null;
                struck++;
            }
            else if (draw < chance * 4)
            {
                // Under way: consulted, one more of the six haves in place.
                row.ConsultationDate ??= weekStart.AddDays(random.Next(0, 6));
                row.SixHaves |= Haves[random.Next(Haves.Length)];
                row.Blockers = random.Next(4) == 0 ? "业主对物业服务费标准意见不一" : row.Blockers;
                row.HelpAsked = random.Next(8) == 0 ? "请区住建局协调国有物业企业接管" : row.HelpAsked;
            }
        }
        return struck;
    }

    /// <summary>First and last submission and whether it was sent back once: 88% on time, 7% late, 5% sent back and resubmitted.</summary>
    private (DateTime First, DateTime Last, bool SentBack) Submission(DateOnly week)
    {
        var deadline = calendar.DeadlineUtc(week);
        var draw = random.NextDouble();
        if (draw < 0.88)
        {
            var first = deadline.AddMinutes(-random.Next(30, 30 * 60));
            return (first, first, false);
        }
        if (draw < 0.95)
        {
            var late = deadline.AddMinutes(random.Next(10, 40 * 60));
            return (late, late, false);
        }
        var early = deadline.AddMinutes(-random.Next(60, 24 * 60));
        return (early, early.AddHours(20), true);
    }
}
