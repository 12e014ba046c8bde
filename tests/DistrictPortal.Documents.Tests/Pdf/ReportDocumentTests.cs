using System.Text;
using System.Text.RegularExpressions;
using DistrictPortal.Documents.Charts;
using DistrictPortal.Documents.Pdf;
using PdfSharp.Pdf.IO;

namespace DistrictPortal.Documents.Tests.Pdf;

public class ReportDocumentTests
{
    private static byte[] Render(Action<ReportDocument> build, ReportInfo? info = null)
    {
        using var report = new ReportDocument(info ?? SampleBriefings.Info());
        build(report);
        using var output = new MemoryStream();
        report.Save(output);
        return output.ToArray();
    }

    private static ReportTable Numbered(int rows, string title = "逾期事项清单") => new(
        title,
        [new("小区名称", 3), new("事项", 3), ReportColumn.Number("逾期天数", 1.5), ReportColumn.Number("户数", 1.5)],
        Enumerable.Range(1, rows).Select(i => (IReadOnlyList<string?>)[$"小区{i:000}", "征求意见逾期", $"{i}", $"{i * 10:#,##0}"]).ToList());

    [Fact]
    public void Chinese_title_paragraph_and_footer_read_back()
    {
        var pdf = Render(r => r.Title("牌楼街道清零行动工作简报").Subtitle("区无物业管理小区清零行动领导小组办公室").Paragraph("本周新增清零4个小区，清零率62.5%。"));

        var text = PdfText.All(pdf);
        Assert.Contains("牌楼街道清零行动工作简报", text);
        Assert.Contains("区无物业管理小区清零行动领导小组办公室", text);
        Assert.Contains("本周新增清零4个小区，清零率62.5%。", text);
        Assert.Contains("第 1 页 / 共 1 页", text);
        Assert.Contains("数据快照 S-TEST", text);
    }

    [Fact]
    public void Footer_shows_the_generated_time_in_Beijing_time_whatever_offset_is_given()
    {
        // 10:05 UTC and 05:05 at UTC−5 are the same instant: 18:05 in Beijing.
        var utc = Render(r => r.Paragraph("内容"), new ReportInfo("时间", new DateTimeOffset(2026, 11, 27, 10, 5, 0, TimeSpan.Zero)));
        var minus5 = Render(r => r.Paragraph("内容"), new ReportInfo("时间", new DateTimeOffset(2026, 11, 27, 5, 5, 0, TimeSpan.FromHours(-5))));

        Assert.Contains("生成时间 2026-11-27 18:05（北京时间）", PdfText.All(utc));
        Assert.Contains("生成时间 2026-11-27 18:05（北京时间）", PdfText.All(minus5));
    }

    [Fact]
    public void Every_page_carries_page_N_of_M_once_M_is_known()
    {
        var pdf = Render(r => r.Table(Numbered(200)));

        var pages = PdfText.Pages(pdf);
        var count = PdfText.PageCount(pdf);
        Assert.True(count >= 3, $"expected several pages, got {count}");
        Assert.Equal(count, pages.Count);
        for (var i = 0; i < count; i++)
            Assert.Contains($"第 {i + 1} 页 / 共 {count} 页", pages[i]);
    }

    [Fact]
    public void A_long_table_repeats_its_header_on_every_page_and_loses_or_doubles_no_row()
    {
        var pdf = Render(r => r.Title("长表").Table(Numbered(200)));

        var pages = PdfText.Pages(pdf);
        Assert.True(pages.Count >= 3);
        foreach (var page in pages)
        {
            Assert.Contains("小区名称", page);
            Assert.Contains("逾期天数", page);
        }
        Assert.All(pages.Skip(1), page => Assert.Contains("逾期事项清单（续）", page));
        var all = string.Concat(pages);
        for (var i = 1; i <= 200; i++)
            Assert.Single(Regex.Matches(all, $"小区{i:000}"));
    }

    [Fact]
    public void A_row_taller_than_a_page_is_split_between_lines_and_nothing_is_lost()
    {
        var sentence = "河沟新村楼栋外立面整治，屋面防水及公共部位维修。";
        var tall = string.Concat(Enumerable.Repeat(sentence, 120));
        var table = new ReportTable("备注表", [new("小区", 1), new("说明", 4)], [["河沟新村", tall], ["太平里", "短行"]]);

        var pdf = Render(r => r.Table(table));

        Assert.True(PdfText.PageCount(pdf) >= 2);
        // Page furniture between the two halves of the row: footers, the repeated title and header.
        var body = PdfText.Lines(pdf).Where(l => !l.Contains("页 / 共") && !l.StartsWith("备注表") && l != "小区 说明");
        var compact = string.Concat(body).Replace(" ", "");
        Assert.Equal(120, Regex.Matches(compact, Regex.Escape(sentence)).Count);
        Assert.Contains("太平里", compact);
    }

    [Fact]
    public void An_empty_table_prints_its_header_and_the_empty_text()
    {
        var pdf = Render(r => r.Table(new ReportTable("逾期事项清单", [new("小区"), ReportColumn.Number("天数")], []) { EmptyText = "本周无逾期事项" }));

        var text = PdfText.All(pdf);
        Assert.Contains("逾期事项清单", text);
        Assert.Contains("天数", text);
        Assert.Contains("本周无逾期事项", text);
    }

    [Fact]
    public void Wrapped_paragraphs_never_cut_a_number_and_never_start_a_line_with_a_comma()
    {
        var source = new StringBuilder();
        for (var i = 0; i < 40; i++)
            source.Append($"第{i + 1}批共{1000 + i * 37}户，面积{12345.5 + i * 101:0.0}平方米，清零率{(i * 2.3) % 100:0.0}%，");
        var numbers = Regex.Matches(source.ToString(), @"\d[\d.]*").Select(m => m.Value).ToList();

        var pdf = Render(r => r.Paragraph(source.ToString()));

        var lines = PdfText.Lines(pdf).Where(l => !l.Contains("页 / 共") && !l.Contains("生成时间") && !l.Contains("数据快照")).ToList();
        Assert.True(lines.Count > 10, "the paragraph should wrap onto many lines");
        Assert.DoesNotContain(lines, l => l.StartsWith('，'));
        Assert.DoesNotContain(lines, l => TextWrapper.NoLineStart.Contains(l[0]));
        Assert.Equal(numbers, Regex.Matches(string.Join("\n", lines), @"\d[\d.]*").Select(m => m.Value).ToList());
    }

    [Fact]
    public void Markup_and_SQL_in_text_are_printed_literally()
    {
        const string script = "<script>alert('x')</script>";
        const string sql = "'; DROP TABLE Estate; --";
        const string pdfSyntax = @"(括号) \反斜杠 %注释 /Name";
        var table = new ReportTable(script, [new("名称"), new("备注")], [[sql, pdfSyntax], [script, "正常"]]);

        var pdf = Render(r => r.Title(script).Paragraph($"{sql} {pdfSyntax}").Table(table), SampleBriefings.Info(sql) with { FooterNote = script });

        var text = PdfText.All(pdf);
        Assert.Contains(script, text);
        Assert.Contains(sql, text);
        Assert.Contains(pdfSyntax, text);
        Assert.True(Regex.Matches(text, Regex.Escape(script)).Count >= 3);
    }

    [Fact]
    public void Figures_print_their_labels_values_and_notes()
    {
        var pdf = Render(r => r.Figures([new("清零率", "62.5%", "排名 2/5　▲3"), new("覆盖户数（户）", "12,345"), new("剩余（个）", "66")]));

        var text = PdfText.All(pdf);
        foreach (var expected in new[] { "清零率", "62.5%", "排名 2/5", "▲3", "覆盖户数（户）", "12,345", "剩余（个）", "66" })
            Assert.Contains(expected, text);
    }

    [Fact]
    public void A_chart_png_is_placed_as_an_image_on_the_page()
    {
        var png = TrendChart.Png(new TrendChartData("牌楼街道", [new(new DateOnly(2026, 11, 27), 50m)], []));

        var pdf = Render(r => r.Heading("走势").Image(png, "图注：清零率"));

        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        var xObjects = document.Pages[0].Resources.Elements.GetDictionary("/XObject");
        Assert.NotNull(xObjects);
        Assert.Contains(xObjects!.Elements.Values, v => (v as PdfSharp.Pdf.Advanced.PdfReference)?.Value is PdfSharp.Pdf.PdfDictionary d
            && d.Elements.GetName("/Subtype") == "/Image");
        Assert.Contains("图注：清零率", PdfText.All(pdf));
    }

    [Fact]
    public void The_font_is_embedded_as_a_subset_so_a_page_of_Chinese_stays_small()
    {
        var pdf = Render(r => r.Title("牌楼街道清零行动工作简报").Paragraph(string.Concat(Enumerable.Repeat("街道负责，社区落实，小区共治。", 40))));

        // The whole face is 4.6 MB; a subset of a few dozen glyphs is a few kilobytes.
        Assert.True(pdf.Length < 60_000, $"{pdf.Length} bytes");
        Assert.Contains("+WenQuanYi", Encoding.Latin1.GetString(pdf));
    }

    [Fact]
    public void Headings_are_kept_with_what_follows_and_never_lost()
    {
        var png = TrendChart.Png(new TrendChartData("牌楼街道", [new(new DateOnly(2026, 11, 27), 50m)], []));

        // Fill page 1 nearly to the bottom, then a heading whose image cannot fit there.
        var pdf = Render(r => r.Table(Numbered(33)).Heading("五、清零率走势").Image(png).Heading("六、空标题").Heading("七、末尾标题"));

        var pages = PdfText.Pages(pdf);
        Assert.True(pages.Count >= 2);
        Assert.DoesNotContain("五、清零率走势", pages[0]);
        Assert.Contains("五、清零率走势", pages[1]);
        var all = string.Concat(pages);
        Assert.Contains("六、空标题", all);
        Assert.Contains("七、末尾标题", all);
    }

    [Fact]
    public void A_saved_report_takes_no_more_blocks()
    {
        using var report = new ReportDocument(SampleBriefings.Info());
        report.Paragraph("一次");
        report.Save(new MemoryStream());

        Assert.Throws<InvalidOperationException>(() => report.Paragraph("两次"));
    }

    [Fact]
    public void Large_amounts_in_the_funding_table_stay_on_one_line()
    {
        // Ten-figure amounts (a whole district's year): the old fixed shares broke "2,469,135,780.24" after "…780.2".
        var table = DistrictPortal.Documents.Pdf.Briefing.BriefingTables.Funding(Enumerable.Range(1, 3).Select(i => (SampleBriefings.EstateName(i),
            DistrictPortal.Core.Funding.FundingReconciliation.ForNode(i,
                [new DistrictPortal.Core.Funding.CostItem { NodeId = i, Category = DistrictPortal.Core.Funding.CostCategory.EnvironmentWorks, Amount = 2_469_135_780.24m * i, IsFinalAccount = true }],
                [new DistrictPortal.Core.Funding.Payment { NodeId = i, Payer = DistrictPortal.Core.Funding.Payer.City, Amount = 1_234_567_890.12m }]))));
        var lines = PdfText.Lines(Render(r => r.Table(table)));

        foreach (var amount in new[] { "2,469,135,780.24", "4,938,271,560.48", "7,407,407,340.72", "1,234,567,890.12" })
            Assert.Contains(lines, l => l.Contains(amount, StringComparison.Ordinal));
    }
}
