using System.Globalization;
using DistrictPortal.Documents.Pdf.Briefing;

namespace DistrictPortal.Documents.Pdf.Notices;

/// <summary>What a 通报批评 prints: whom, the facts, the grounds (already worded, one line each), who decided and when, its number.</summary>
public sealed record CriticismNoticeData(
    string UnitName, string? PersonName, string? PersonPost, string Reason, IReadOnlyList<string> Grounds, string DecidedBy,
    DateOnly DecidedOn, int Year, int IssueNo, DateTimeOffset GeneratedAt);

/// <summary>
/// 通报批评 (P5: 典型案例将予以通报批评) as a one-page A4 PDF in the form of a Chinese office notice: the title
/// "关于对…的通报", the year's number (第 N 期), the addressees, the facts, the grounds, the decision, and the 落款 and date
/// at the right (dates in the Arabic form of GB/T 9704-2012: 2026年12月5日). The facts are at most
/// Core's AccountabilityService.MaxReasonLength characters and at most <see cref="GroundsShown"/> grounds are listed, each cut
/// to <see cref="GroundLength"/> characters, so the notice always fits one page.
/// </summary>
public static class CriticismNotice
{
    public const int GroundsShown = 5;
    public const int GroundLength = 40;
    private const double TitleSize = 18;
    private const double BodySize = 12;
    private const string Indent = "　　";

    public static string Title(string unitName, string? personName, string? personPost) =>
        string.IsNullOrWhiteSpace(personName) ? $"关于对{unitName}的通报" : $"关于对{unitName}{personPost}{personName}同志的通报";

    public static string IssueLabel(int year, int issueNo) => string.Create(CultureInfo.InvariantCulture, $"{year}年第 {issueNo} 期");

    public static string FileName(CriticismNoticeData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return string.Create(CultureInfo.InvariantCulture, $"通报_{data.Year}年第{data.IssueNo}期_{data.UnitName}.pdf");
    }

    public static byte[] Render(CriticismNoticeData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var title = Title(data.UnitName, data.PersonName, data.PersonPost);
        using var report = new ReportDocument(new ReportInfo(title, data.GeneratedAt)
        {
            Author = data.DecidedBy,
            Subject = IssueLabel(data.Year, data.IssueNo),
            FooterNote = IssueLabel(data.Year, data.IssueNo),
        });
        report.Text(title, TitleSize, CellAlign.Center, bold: true).Space(4)
            .Text(IssueLabel(data.Year, data.IssueNo), BodySize, CellAlign.Center).Space(16)
            .Text("各街道办事处，区级各成员单位：", BodySize).Space(4);
        foreach (var paragraph in data.Reason.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            report.Text(Indent + paragraph, BodySize).Space(4);
        if (data.Grounds.Count > 0)
            report.Text(Indent + Grounds(data.Grounds), BodySize).Space(4);
        var target = string.IsNullOrWhiteSpace(data.PersonName) ? data.UnitName : $"{data.UnitName}{data.PersonPost}{data.PersonName}同志";
        report.Text($"{Indent}经{data.DecidedBy}研究，决定对{target}予以通报批评。请{data.UnitName}深刻反思、认真整改，自本通报印发之日起十个工作日内将整改情况书面报送{data.DecidedBy}。"
                + "各单位要引以为戒，压实责任，确保按期完成无物业管理小区清零工作。", BodySize)
            .Space(36)
            .Text(data.DecidedBy, BodySize, CellAlign.Right)
            .Text(BriefingFormat.ChineseDate(data.DecidedOn), BodySize, CellAlign.Right);
        using var buffer = new MemoryStream();
        report.Save(buffer);
        return buffer.ToArray();
    }

    private static string Grounds(IReadOnlyList<string> grounds)
    {
        var shown = grounds.Take(GroundsShown).Select(g => g.Length > GroundLength ? g[..GroundLength] + "…" : g);
        var more = grounds.Count > GroundsShown ? string.Create(CultureInfo.InvariantCulture, $"等{grounds.Count}项") : "";
        return $"相关督办及逾期情况：{string.Join("；", shown)}{more}。";
    }
}
