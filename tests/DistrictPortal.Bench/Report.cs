using System.Globalization;
using System.Text;

namespace DistrictPortal.Bench;

/// <summary>The run's figures as one Markdown table, each beside its target from issues 6, 7 and 8 and whether it was met.</summary>
internal static class Report
{
    public static string Markdown(IReadOnlyDictionary<string, string> f, string? machine)
    {
        double? N(string key) => f.TryGetValue(key, out var v) && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
        string Ms(string key) => N(key) is { } v ? $"{v:0.0} ms" : "—";
        string Met(bool? ok) => ok switch { true => "yes", false => "**no**", null => "—" };

        var rows = new List<(string Measure, string Figure, string Target, string Met)>();
        var generated = N("generate.s") is { } seconds
            ? $"{seconds:0.0} s to generate, {N("generate.mb"):0} MB; {f.GetValueOrDefault("generate.counts", "")}"
            : "not generated";
        if (f.TryGetValue("generate.cached", out var cached))
            generated += $" (this run reused it: {cached})";
        rows.Add(("Data set: 200 sub-districts, 2,000 communities, 50,000 estates, 104 weeks", generated,
            "minutes, not hours", Met(N("generate.s") is { } g ? g < 600 : null)));
        rows.Add(("Cold start to healthy /health on that database", Ms("coldstart.ms"), "reported", "—"));

        var concurrency = N("load.concurrency") ?? 0;
        foreach (var page in new[] { "trivial", "registry", "return", "league", "league-all", "dashboard" })
        {
            var label = f.GetValueOrDefault($"page.{page}.label", page);
            if (f.GetValueOrDefault($"page.{page}.state") != "present")
            {
                rows.Add((label, f.GetValueOrDefault($"page.{page}.state", "not measured"), page == "league" ? "p95 < 100 ms" : "reported", "—"));
                continue;
            }
            var figure = $"p50 {Ms($"page.{page}.p50")}, p95 {Ms($"page.{page}.p95")}, {N($"page.{page}.rps"):0} req/s ({N($"page.{page}.n"):0} requests, {N($"page.{page}.errors"):0} errors, {concurrency:0} concurrent)";
            var target = page == "league" ? "p95 < 100 ms warm" : "reported";
            rows.Add((label, figure, target, page == "league" ? Met(N("page.league.p95") < 100) : "—"));
        }
        if (N("page.league-first.p50") is { } first)
            rows.Add(("league table, first request for a week (table built and rendered, nothing cached; 20 weeks one at a time)",
                $"p50 {first:0.0} ms, max {Ms("page.league-first.max")}", "reported", "—"));
        if (N("page.league.p50") is { } league && N("page.trivial.p50") is { } trivial && trivial > 0)
            rows.Add(("League p50 as a multiple of the trivial page's p50", $"{league / trivial:0.0}×", "≤ 3×", Met(league / trivial <= 3)));
        else
            rows.Add(("League p50 as a multiple of the trivial page's p50", "not measured (league page not present)", "≤ 3×", "—"));

        if (N("friday.posted") is { } posted)
        {
            rows.Add(("Friday peak: 200 officers submit at once (all saved, none lost)",
                $"{N("friday.saved"):0} of {posted:0} saved as submitted, {N("friday.accepted"):0} answered with the redirect, ticks kept {f.GetValueOrDefault("friday.ticks", "?")}",
                "all 200 saved", Met(N("friday.saved") == posted && N("friday.accepted") == posted)));
            rows.Add(("Friday peak: submission latency", $"p50 {Ms("friday.p50")}, p95 {Ms("friday.p95")}, max {Ms("friday.max")}; all answered in {N("friday.wall.s"):0.0} s", "p95 reported", "—"));
        }

        if (N("excel.rows") is { } excelRows)
        {
            rows.Add(($"Bulk Excel export, {excelRows:#,0} estate rows (Documents' RegistryBulkExport, in-process)",
                $"{Ms("excel.warm.ms")} warm, CPU {Ms("excel.warm.cpu.ms")} ({Ms("excel.cold.ms")} first, JIT included); {N("excel.kb") / 1024:0.0} MB file",
                "≤ 2 s", Met(N("excel.warm.ms") <= 2000)));
            rows.Add(("Bulk Excel export: peak memory (whole process)", $"{N("excel.peak.mb"):0} MB", "≤ 250 MB", Met(N("excel.peak.mb") <= 250)));
            rows.Add(("Excel endpoint GET /estates/export.xlsx (admin, city scope)",
                f.GetValueOrDefault("excel.endpoint.state") == "present" ? $"{Ms("excel.endpoint.ms")}, {N("excel.endpoint.kb"):0} KB" : f.GetValueOrDefault("excel.endpoint.state", "not measured"),
                "reported", "—"));
        }
        if (N("pdf.pages") is { } pages)
        {
            rows.Add(($"PDF briefing, {pages:0} pages (Documents' BriefingRenderer)", $"{Ms("pdf.warm.ms")} warm, CPU {Ms("pdf.warm.cpu.ms")} ({Ms("pdf.cold.ms")} first, fonts and JIT included)", "≤ 1 s", Met(N("pdf.warm.ms") <= 1000)));
            rows.Add(("PDF briefing: size", $"{N("pdf.kb"):0} KB", "≤ 500 KB", Met(N("pdf.kb") <= 500)));
            rows.Add(("PDF briefing: peak memory (whole process)", $"{N("pdf.peak.mb"):0} MB", "reported", "—"));
        }

        if (N("import.rows") is { } importRows)
        {
            rows.Add(($"Registry import: a {importRows:#,0}-row upload ({N("import.kb") / 1024:0.0} MB) to its refusal at the 5,000-row cap (Documents' RegistryImporter, in-process)",
                $"{Ms("import.ms")} warm (median of 3, slowest {Ms("import.max.ms")}), CPU {Ms("import.cpu.ms")}; {Ms("import.cold.ms")} first (JIT included); refused at the cap: {f.GetValueOrDefault("import.refused", "?")}",
                "< 1 s", Met(N("import.max.ms") < 1000 && f.GetValueOrDefault("import.refused") == "yes")));
            rows.Add(("Registry import: peak added memory per upload (working set over the one before)", $"{N("import.added.mb"):0} MB", "< 100 MB", Met(N("import.added.mb") < 100)));
            rows.Add(($"Registry import: six such uploads at once through the portal's limiter ({N("import.six.limit"):0} at a time)",
                $"all answered in {N("import.six.ms") / 1000:0.0} s, at most {N("import.six.peak"):0} read at once; peak added {N("import.six.added.mb"):0} MB (with no limiter: {N("import.six.free.added.mb"):0} MB, {N("import.six.free.ms") / 1000:0.0} s)",
                "limited; memory reported", Met(N("import.six.peak") <= N("import.six.limit"))));
        }

        var text = new StringBuilder();
        if (machine is not null)
            text.AppendLine(machine).AppendLine();
        text.AppendLine("| Measure | Figure | Target | Met |").AppendLine("|---|---|---|---|");
        foreach (var (measure, figure, target, met) in rows)
            text.AppendLine(CultureInfo.InvariantCulture, $"| {measure} | {figure} | {target} | {met} |");
        return text.ToString();
    }
}
