using System.Globalization;
using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Returns;
using DistrictPortal.Web.Infrastructure.Jobs;

namespace DistrictPortal.Web.Features.Returns;

/// <summary>GET /returns?week=2026-11-27&amp;status=Submitted&amp;sub=12&amp;page=2. Status "NotStarted": nothing filed yet.</summary>
public sealed class ReturnListRequest
{
    public const string NotStarted = "NotStarted";

    public string? Week { get; set; }
    public string? Status { get; set; }
    public long? Sub { get; set; }
    public int Page { get; set; } = 1;

    public DateOnly? WeekEnding =>
        DateOnly.TryParseExact(Week, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public string PageLink(int page)
    {
        var query = new List<string>();
        if (!string.IsNullOrEmpty(Week)) query.Add("week=" + Uri.EscapeDataString(Week));
        if (!string.IsNullOrEmpty(Status)) query.Add("status=" + Uri.EscapeDataString(Status));
        if (Sub is { } sub) query.Add("sub=" + sub.ToString(CultureInfo.InvariantCulture));
        query.Add("page=" + page.ToString(CultureInfo.InvariantCulture));
        return "/returns?" + string.Join('&', query);
    }
}

/// <summary>One sub-district and week: its return's summary, or null when nothing has been filed.</summary>
public sealed record ReturnLine(Node SubDistrict, DateOnly WeekEnding, ReturnSummary? Summary, Timeliness Timeliness, DateTime? FirstSubmittedLocal)
{
    public string Url => ReturnUrls.Of(SubDistrict.Id, WeekEnding);
}

public sealed class ReturnListModel
{
    public required ReturnListRequest Request { get; init; }
    public required PagedResult<ReturnLine> Result { get; init; }
    public required IReadOnlyList<DateOnly> Weeks { get; init; }
    public required IReadOnlyList<Node> SubDistricts { get; init; }
}

/// <summary>
/// Builds the list: every week of each campaign in the user's scope (first week to this week) for every sub-district that
/// files for it, with what has been filed. A sub-district officer's scope holds only their own sub-district.
/// </summary>
public sealed class ReturnList(ICampaignRepository campaigns, IWeeklyReturnRepository returns, INodeRepository nodes, CampaignDirectory directory)
{
    public const int PageSize = 50;

    public async Task<ReturnListModel> BuildAsync(string scopePath, ReturnListRequest request, DateTime nowUtc, Func<DateTime, DateTime> toLocal,
        int pageSize = PageSize)
    {
        var inScope = await nodes.ListByLevelAsync(scopePath, NodeLevel.SubDistrict);
        var lines = new List<ReturnLine>();
        var weeks = new SortedSet<DateOnly>();
        foreach (var group in inScope.GroupBy(s => s.ParentId))
        {
            var district = group.Key is { } id ? await nodes.GetByIdAsync(id) : null;
            var campaign = district is null ? null : await campaigns.GetForNodeAsync(district.Path);
            if (district is null || campaign is null)
                continue;
            var first = ReportingCalendar.WeekEnding(campaign.StartDate);
            var current = CampaignDirectory.WeekEndingAt(nowUtc);
            if (await directory.ForDistrictAsync(district, first, current) is not { } context)
                continue;
            var filing = context.SubDistricts.Select(s => s.Id).ToHashSet();
            var filed = (await returns.ListAsync(district.Path, first, current))
                .ToDictionary(s => (s.SubDistrictId, s.WeekEnding));
            for (var week = current; week >= first; week = week.AddDays(-7))
            {
                weeks.Add(week);
                foreach (var sub in group.Where(s => filing.Contains(s.Id) || filed.ContainsKey((s.Id, week))))
                {
                    var summary = filed.GetValueOrDefault((sub.Id, week));
                    var submitted = summary?.FirstSubmittedUtc;
                    lines.Add(new ReturnLine(sub, week, summary, context.Calendar.Evaluate(week, submitted, nowUtc),
                        submitted is { } at ? toLocal(at) : null));
                }
            }
        }

        var chosen = lines
            .Where(x => request.WeekEnding is not { } w || x.WeekEnding == w)
            .Where(x => request.Sub is not { } s || x.SubDistrict.Id == s)
            .Where(x => string.IsNullOrEmpty(request.Status)
                || (request.Status == ReturnListRequest.NotStarted ? x.Summary is null : x.Summary?.Status.ToString() == request.Status))
            .OrderByDescending(x => x.WeekEnding)
            .ThenBy(x => x.SubDistrict.SortOrder)
            .ThenBy(x => x.SubDistrict.Name, StringComparer.Ordinal)
            .ToList();
        var page = Math.Max(1, request.Page);
        return new ReturnListModel
        {
            Request = request,
            Result = new PagedResult<ReturnLine>(chosen.Skip((page - 1) * pageSize).Take(pageSize).ToList(), chosen.Count, page, pageSize),
            Weeks = weeks.Reverse().ToList(),
            SubDistricts = inScope,
        };
    }
}
