using DistrictPortal.Documents.Pdf.Notices;

namespace DistrictPortal.Documents.Tests.Pdf;

/// <summary>通报批评 (issue 16, item 4): one A4 page, read back: title, 第 N 期, addressees, facts, grounds, decision, 落款 and date.</summary>
public sealed class CriticismNoticeTests
{
    private static CriticismNoticeData Data(string reason, int grounds = 1) => new(
        "牌楼街道", "王永强", "副主任", reason,
        Enumerable.Range(1, grounds).Select(i => $"督办（2026-11-{i:00}）：万安社区3个小区无人保洁，居民多次反映，逾期未反馈整改情况").ToList(),
        "区无物业管理小区清零行动领导小组办公室", new DateOnly(2026, 12, 5), 2026, 3, new DateTimeOffset(2026, 12, 5, 10, 0, 0, TimeSpan.FromHours(8)));

    [Fact]
    public void The_notice_reads_back_with_its_title_number_facts_decision_and_signature_in_chinese()
    {
        var pdf = CriticismNotice.Render(Data("牌楼街道对区清零办2026年11月下发的督办单逾期两周未反馈整改情况。"));

        Assert.Equal(1, PdfText.PageCount(pdf));
        var text = PdfText.All(pdf).Replace("\n", "", StringComparison.Ordinal);
        Assert.Contains("关于对牌楼街道副主任王永强同志的通报", text, StringComparison.Ordinal);
        Assert.Contains("2026年第 3 期", text, StringComparison.Ordinal);
        Assert.Contains("各街道办事处，区级各成员单位：", text, StringComparison.Ordinal);
        Assert.Contains("逾期两周未反馈整改情况", text, StringComparison.Ordinal);
        Assert.Contains("相关督办及逾期情况：督办（2026-11-01）", text, StringComparison.Ordinal);
        Assert.Contains("决定对牌楼街道副主任王永强同志予以通报批评", text, StringComparison.Ordinal);
        // 落款 then the date, at the end of the body (the footer follows).
        var signature = text.IndexOf("区无物业管理小区清零行动领导小组办公室2026年12月5日", StringComparison.Ordinal);
        Assert.True(signature > text.IndexOf("通报批评", StringComparison.Ordinal), text);
        Assert.Equal("通报_2026年第3期_牌楼街道.pdf", CriticismNotice.FileName(Data("x")));
        Assert.Equal("关于对牌楼街道的通报", CriticismNotice.Title("牌楼街道", null, null));
    }

    [Fact]
    public void The_longest_facts_and_many_grounds_still_fit_one_page()
    {
        var pdf = CriticismNotice.Render(Data(string.Concat(Enumerable.Repeat("逾期未报送周报且督办未整改，", 43))[..600], grounds: 12));

        Assert.Equal(1, PdfText.PageCount(pdf));
        Assert.Contains("等12项", PdfText.All(pdf).Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
