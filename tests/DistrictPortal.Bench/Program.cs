using System.Globalization;
using DistrictPortal.Bench;
using DistrictPortal.Bench.Exports;
using DistrictPortal.Bench.Generation;
using DistrictPortal.Bench.Load;
using DistrictPortal.Web.Infrastructure.Jobs;

// The benchmark harness of issue 8, driven by scripts/bench.sh one step at a time, each step its own process so that
// a step's peak memory is its own:
//   generate --seed N --db PATH            the city-scale data set
//   wait-healthy --url U --started-ns T    cold start: from T (date +%s%N at launch) to the first healthy /health
//   pages --url U --db PATH --mode off|on [--only K,K]   page latency under load, figures kept per page-cache mode (keys: PageLatency.Pages; --only picks)
//   friday --url U --db PATH [--hold S]    200 concurrent submissions by 200 officers, verified in the database
//                                          (--hold: wait S seconds before releasing them, to attach a profiler)
//   excel --db PATH / pdf --db PATH        the exports, measured in-process
//   import                                 a 100,000-row registry upload, alone and six at once, in-process (no data set needed)
//   report                                 the Markdown table of figures against their targets
// Every step appends its figures to --results (artifacts/bench/figures.tsv); `report` reads them.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var options = Arguments.Parse(args.Skip(1));
var results = new Figures(options.Get("results", null) ?? Path.Combine("artifacts", "bench", "figures.tsv"));
var log = Console.Out;
switch (args.FirstOrDefault())
{
    case "generate":
        var seed = options.Int("seed", 20261127);
        var week = CampaignDirectory.WeekEndingAt(DateTime.UtcNow);
        var db = options.Require("db");
        var generating = System.Diagnostics.Stopwatch.StartNew();
        // --sub-districts and --weeks make the reduced data sets of BENCH_FAST (same shape per sub-district, fewer of them).
        var shape = new CityShape(seed, SubDistricts: options.Int("sub-districts", 200), Weeks: options.Int("weeks", 104));
        var counts = await new CityGenerator(shape, week, log).GenerateAsync(db);
        results.Add("generate.s", generating.Elapsed.TotalSeconds);
        results.Add("generate.mb", new FileInfo(db).Length / 1_048_576.0);
        results.Add("generate.counts", counts);
        return 0;
    case "current-week":
        Console.WriteLine(CampaignDirectory.WeekEndingAt(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return 0;
    case "wait-healthy":
        return await ColdStart.WaitAsync(new Uri(options.Require("url")), long.Parse(options.Require("started-ns"), CultureInfo.InvariantCulture), results, log,
            options.Get("key", null) ?? "coldstart.ms");
    case "pages":
        await PageLatency.RunAsync(new Uri(options.Require("url")), options.Require("db"), options.Get("mode", null) ?? "off", options.Int("seconds", 10), options.Int("concurrency", 4), results, log,
            options.Get("only", null)?.Split(',').ToHashSet(StringComparer.Ordinal));
        return 0;
    case "friday":
        return await FridayPeak.RunAsync(new Uri(options.Require("url")), options.Require("db"), results, log,
            options.Get("portal-pid", null) is { } portal ? int.Parse(portal, CultureInfo.InvariantCulture) : null, options.Int("hold", 0));
    case "excel":
        return await ExcelExport.RunAsync(options.Require("db"), options.Get("url", null),
            options.Get("portal-pid", null) is { } pid ? int.Parse(pid, CultureInfo.InvariantCulture) : null, results, log);
    case "reads":
        return await ReadProfile.RunAsync(options.Require("db"), options.Int("repeat", 5), results, log);
    case "writes":
        return await SubmissionWrites.RunAsync(options.Require("db"), options.Int("count", 20), results, log);
    case "formatted":
        return await FormattedExport.RunAsync(options.Require("db"), options.Get("writer", null) ?? "streamed", results, log);
    case "pdf":
        return PdfBriefing.Run(options.Require("db"), results, log);
    case "import":
        return await DistrictPortal.Bench.Import.RegistryUpload.RunAsync(results, log);
    case "report":
        var table = Report.Markdown(results.Read(), options.Get("machine", null));
        Console.WriteLine(table);
        if (options.Get("out", null) is { } output)
            await File.WriteAllTextAsync(output, table);
        return 0;
    default:
        await Console.Error.WriteLineAsync("usage: DistrictPortal.Bench generate|current-week|wait-healthy|pages|friday|excel|formatted|reads|writes|pdf|import|report [--name value ...]");
        return 2;
}
