using System.Globalization;
using DistrictPortal.Core.Packages;
using DistrictPortal.Documents.Excel;
using DistrictPortal.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Features.Packages;

/// <summary>/packages/export.xlsx: every package of the scope with its tender, latest quarterly review, yearly assessment and vote (live).</summary>
public static class PackageExport
{
    public const string Subject = "街道集中管理打包片区";

    public static TableExport Table(IReadOnlyList<PackageStanding> rows, string scope, DateOnly today, IStringLocalizer l) =>
        new(scope, Subject, today,
            [
                TableColumn.Text("街道"),
                TableColumn.Text("打包片区"),
                TableColumn.Integer("小区数", sums: true),
                TableColumn.Integer("户数", sums: true),
                TableColumn.Text("状态"),
                TableColumn.Date("招标日期"),
                TableColumn.Integer("投标单位数"),
                TableColumn.Text("中标单位"),
                TableColumn.Money("中标价（元/年）", sums: true),
                TableColumn.Date("服务期起"),
                TableColumn.Date("服务期止"),
                TableColumn.Text("最近季度考评"),
                TableColumn.Decimal("季度考评得分"),
                TableColumn.Text("季度考评等级"),
                TableColumn.Text("年度考核"),
                TableColumn.Text("续聘表决"),
            ],
            rows.Select(r => (IReadOnlyList<object?>)
            [
                r.Package.SubDistrictName, r.Package.Name, r.Package.EstateCount, r.Package.Households,
                r.Package.IsLive ? l["Packages.State.Live"].Value : l["Packages.State.Dissolved"].Value,
                r.Tender?.Date, r.Tender?.BidderNames.Count, r.Tender?.WinnerName, r.Tender?.Price, r.Tender?.TermStart, r.Tender?.TermEnd,
                r.LatestQuarter is { } q ? l["Packages.QuarterName", q.Year, q.Quarter].Value : null,
                r.LatestQuarter?.Score,
                r.LatestQuarter is { } g ? l.Enum(g.Grade) : null,
                r.LatestYear is { } y ? YearText(y, l) : null,
                r.Vote is { } v ? VoteText(v, l) : null,
            ]).ToList())
        {
            TitleOverride = $"{scope} {Subject}",
            SheetNameOverride = "打包片区",
            AsOfLabel = Documents.AsOfText.Label(Core.Returns.AsOf.Live(today)),
        };

    /// <summary>"2026年 86.5分 良好（3/4季度，暂定）".</summary>
    public static string YearText(YearlyAssessment y, IStringLocalizer l) =>
        l[y.IsComplete ? "Packages.YearText" : "Packages.YearTextProvisional", y.Year, y.Score.ToString("0.0", CultureInfo.InvariantCulture), l.Enum(y.Grade), y.QuartersReviewed];

    /// <summary>"续聘 81/160 户（回收 120 张）".</summary>
    public static string VoteText(PackageVote v, IStringLocalizer l) =>
        l[v.Renewed ? "Packages.VoteText.Renewed" : "Packages.VoteText.NotRenewed", v.VotesForRenewal, v.Households, v.BallotsReturned];
}
