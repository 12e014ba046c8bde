using DistrictPortal.Core.Committees;
using DistrictPortal.Core.Funding;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.League;
using DistrictPortal.Core.Retrofit;
using DistrictPortal.Documents.Charts;
using DistrictPortal.Documents.Pdf;
using DistrictPortal.Documents.Pdf.Briefing;

namespace DistrictPortal.Documents.Tests.Pdf;

/// <summary>Briefing data for 牌楼街道 (DOMAIN.md's worked example), from small to a 20-page one with long tables.</summary>
internal static class SampleBriefings
{
    public static readonly DateOnly WeekEnding = new(2026, 11, 27);

    /// <summary>10:05 UTC is 18:05 in Beijing: the footer must show 18:05.</summary>
    public static readonly DateTimeOffset GeneratedAt = new(2026, 11, 27, 10, 5, 0, TimeSpan.Zero);

    public static readonly string[] Communities = ["印盒石社区", "观音岩社区", "万安社区", "石峰村", "太平社区", "大河沟社区", "搭马桥社区", "袁家墩社区", "牌楼社区"];

    // Varied characters, so the font subset is as large as in a real briefing (estate names rarely repeat).
    private const string NameChars = "东南西北中新老金银华富贵安康乐平和顺兴隆盛昌明光辉阳春夏秋冬梅兰竹菊松柏桃李杨柳河湖江海山岭峰岩石泉溪林园苑庭院府邸居舍里弄巷街路桥塘湾洲岛港城镇乡村坊宅第楼阁台亭轩榭厂矿局站所校院宿舍家属区机械纺织电力粮食供销邮电铁路航运化工钢铁煤炭建材医药食品烟草水利交通";

    public static string EstateName(int i)
    {
        var a = NameChars[i * 7 % NameChars.Length];
        var b = NameChars[(i * 13 + 5) % NameChars.Length];
        var c = NameChars[(i * 29 + 11) % NameChars.Length];
        return $"{a}{b}{c}小区{i:000}";
    }

    public static BriefingData Build(int overdueRows = 12, int committeeRows = 8, int retrofitRows = 6, int fundingRows = 6)
    {
        var league = LeagueTable.Rank(
        [
            new(1, "牌楼街道", 176, 62.5m, 4, 92.3m, 5),
            new(2, "两路口街道", 48, 70.8m, 2, 100m, 1),
            new(3, "上清寺街道", 35, 57.1m, 3, 84.6m, 2),
            new(4, "菜园坝街道", 22, 45.5m, 1, 76.9m, 4),
            new(5, "南纪门街道", 9, 33.3m, 0, 69.2m, 3),
            new(6, "石油路街道", 0, null, 0, null, null),
        ]);
        var weeks = Enumerable.Range(0, 12).Select(i => WeekEnding.AddDays(-7 * (11 - i))).ToList();

        return new BriefingData
        {
            NodeName = "牌楼街道",
            Level = NodeLevel.SubDistrict,
            WeekEnding = WeekEnding,
            SnapshotId = "S-2026-11-27-0042",
            GeneratedAt = GeneratedAt,
            Headline = new BriefingHeadline(176, 110, 66, 62.5m, 4, 37, 12_345, 92.3m),
            League = LeaguePosition.From(league, 1),
            NodeTrend = weeks.Select((w, i) => new TrendPoint(w, Math.Round(20m + i * 3.9m, 1))).ToList(),
            DistrictTrend = weeks.Select((w, i) => new TrendPoint(w, i == 3 ? null : Math.Round(25m + i * 3.1m, 1))).ToList(),
            TargetDate = new DateOnly(2026, 12, 31),
            IssueNumber = BriefingData.IssueOf(WeekEnding, new DateOnly(2025, 10, 10)),
            LeagueStandings = LeagueBar.From(league, 1),
            Narrative =
            [
                new("本周进展", "本周大河沟社区、太平社区共4个小区完成销号，均由物业服务企业接管（含国有企业托底）。河沟新村召开业主大会并选举产生业主委员会，已于11月25日报街道备案。"),
                new("存在问题", "搭马桥社区21个三类小区基础条件差，物管用房不足建筑总面积5‰，需临时租借；部分楼栋居民对收费标准意见较大，征求意见回收率仅为48.6%。"),
                new("下周计划", "完成万安社区第二批打包招标（共8个小区，约1,260户）；对已销号小区开展“回头看”，重点检查“六有”落实情况。"),
            ],
            OverdueItems = BriefingTables.Overdue(Enumerable.Range(1, overdueRows).Select(i =>
                new OverdueItem(EstateName(i), i % 3 == 0 ? "征求意见逾期" : i % 3 == 1 ? "业主大会/选举业委会逾期" : "督办：连续两周未按时报送",
                    WeekEnding.AddDays(-i), i * 3 % 97 + 1, Communities[i % Communities.Length]))),
            Committees = BriefingTables.Committees(Enumerable.Range(1, committeeRows).Select(i =>
                new CommitteeAlert(i, EstateName(1000 + i), (CommitteeAlertKind)(i % 5 + 1), WeekEnding.AddDays(i * 5 - 20), i * 7 % 60))),
            RetrofitProgress = BriefingTables.Retrofit(Enumerable.Range(1, retrofitRows).Select(i =>
                (Communities[i % Communities.Length], RetrofitProgress.Compute(i, TargetPeriod.CalendarYear(2026), 120_000m + i * 5_000m, 80_000m + i * 9_871.5m, 12_000m, WeekEnding)))),
            FundingBalance = BriefingTables.Funding(Enumerable.Range(1, fundingRows).Select(i =>
                (EstateName(2000 + i), FundingReconciliation.ForNode(i,
                    [new CostItem { NodeId = i, Category = CostCategory.EnvironmentWorks, Amount = 100_000.01m * i }],
                    [new Payment { NodeId = i, Payer = Payer.City, Amount = 50_000m * i, PaidDate = WeekEnding }])))),
        };
    }

    /// <summary>About twenty A4 pages: long overdue and committee tables after the charts.</summary>
    public static BriefingData TwentyPages() => Build(overdueRows: 360, committeeRows: 220, retrofitRows: 40, fundingRows: 40);

    public static ReportInfo Info(string title = "测试报告") => new(title, GeneratedAt) { FooterNote = "数据快照 S-TEST" };
}
