using System.Globalization;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Packages;
using DistrictPortal.Core.Returns;
using DistrictPortal.Documents;
using DistrictPortal.Documents.Pdf.Briefing;

namespace DistrictPortal.Web.Features.Packages;

/// <summary>
/// The briefing's part on mode 4 (街道集中管理): the live packages of the node's scope, each with its current tender and
/// its latest quarterly review. Packages are not snapshotted weekly, so the part is live, labelled with the day the
/// briefing is made. Filed in Chinese, as the rest of the briefing; nothing when the scope has no live package.
/// </summary>
public sealed class BriefingPackages(IPackageRepository packages)
{
    public const string Heading = "街道集中管理（打包）";

    public async Task<IReadOnlyList<BriefingSection>> SectionsAsync(Node node, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(node);
        var live = (await packages.ListInScopeAsync(node.Path)).Where(p => p.IsLive).ToList();
        if (live.Count == 0)
            return [];
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture,
                $"{AsOfText.Label(AsOf.Live(today))}：共有打包片区{live.Count}个，覆盖小区{live.Sum(p => p.EstateCount)}个、{live.Sum(p => p.Households):N0}户。"),
        };
        foreach (var package in live)
        {
            var standing = PackageStanding.Of(package, await packages.ListTendersAsync(package.Id), await packages.ListReviewsAsync(package.Id),
                await packages.ListVotesAsync(package.Id));
            lines.Add(Line(standing));
        }
        return [new BriefingSection(Heading, string.Join("\n", lines))];
    }

    /// <summary>"一号包（牌楼街道，3个小区、500户）：2026-03-01公开招标，投标单位3家，中标单位乙物业，中标价360,000.50元/年，服务期…；最近季度考评…。"</summary>
    public static string Line(PackageStanding s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var p = s.Package;
        var text = string.Create(CultureInfo.InvariantCulture, $"{p.Name}（{p.SubDistrictName}，{p.EstateCount}个小区、{p.Households:N0}户）：");
        text += s.Tender is { } t
            ? string.Create(CultureInfo.InvariantCulture,
                $"{Iso(t.Date)}公开招标，投标单位{t.BidderNames.Count}家，中标单位{t.WinnerName}，中标价{t.Price:N2}元/年，服务期{Iso(t.TermStart)}至{Iso(t.TermEnd)}")
            : "尚未招标";
        text += s.LatestQuarter is { } q
            ? string.Create(CultureInfo.InvariantCulture, $"；最近季度考评{q.Year}年第{q.Quarter}季度平均{q.Score:0.0}分（{Grade(q.Grade)}，{q.EstatesReviewed}个小区）")
            : "；尚无季度考评";
        if (s.Vote is { } v)
            text += string.Create(CultureInfo.InvariantCulture,
                $"；续聘表决{Iso(v.Date)}（同意户数/全部户数：{v.VotesForRenewal}/{v.Households}）{(v.Renewed ? "续聘" : "不续聘，重新招标")}");
        return text + "。";
    }

    /// <summary>The grade as filed (the briefing is Chinese whatever the reader's language).</summary>
    public static string Grade(ReviewGrade grade) => grade switch
    {
        ReviewGrade.Excellent => "优秀",
        ReviewGrade.Good => "良好",
        ReviewGrade.Pass => "合格",
        _ => "不合格",
    };

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
