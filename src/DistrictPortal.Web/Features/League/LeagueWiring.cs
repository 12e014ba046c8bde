using DistrictPortal.Core.Committees;
using DistrictPortal.Core.Funding;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Retrofit;
using DistrictPortal.Web.Infrastructure.Configuration;

namespace DistrictPortal.Web.Features.League;

/// <summary>
/// The league's live columns from the other features, by their own Core rules: this year's retrofit progress of each
/// sub-district (<see cref="RetrofitBoard"/>, as /retrofit builds it), committees formed against needed
/// (<see cref="CommitteeCounts"/>) and committee deadlines missed (<see cref="CommitteeDeadlines"/>, as /committees
/// lists them). These are today's figures, not frozen with the week's snapshots, and never in the score.
/// A fixed number of reads whatever the size of the district: programmes, the year's targets, projects, tracks.
/// </summary>
public sealed class LeagueWiring(
    IRetrofitRepository retrofit, ICommitteeRepository committees, IFundingRepository funding, PortalClock clock,
    Core.LookBacks.ILookBackRepository lookBacks, Microsoft.Extensions.Options.IOptions<LookBacks.LookBackOptions> lookBackOptions)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.LocalNow.DateTime);

    /// <summary>The table with each line's retrofit %, committees needed/formed and committee deadlines overdue filled in.</summary>
    public async Task<LeagueWeekTable> WireAsync(LeagueWeekTable table)
    {
        var retrofitLines = await RetrofitAsync(table.District, table.Lines.Select(x => SubDistrictNode(table, x)).ToList());
        var byNode = retrofitLines.Where(l => l.NodeId is not null).ToDictionary(l => l.NodeId!.Value);
        var tracks = (await committees.ListRecordedTracksAsync(table.District.Path)).ToLookup(t => t.SubDistrictId);
        var today = Today;
        var lookBackCounts = Core.LookBacks.LookBackBoard.BySubDistrict(await lookBacks.ListStruckOffInScopeAsync(table.District.Path),
            await lookBacks.ListInScopeAsync(table.District.Path), today, lookBackOptions.Value.Settings);
        var lines = table.Lines.Select(x =>
        {
            var own = tracks[x.Id].ToList();
            var count = CommitteeCounts.Total(own, x.Id, x.Name);
            return x with
            {
                Retrofit = byNode.TryGetValue(x.Id, out var r) ? r.Progress : null,
                CommitteesFormedNow = count.Formed,
                CommitteesNeeded = count.NeedCommittee,
                CommitteeDeadlinesOverdue = own.Sum(t => CommitteeDeadlines.Alerts(t, today).Count(IsOverdue)),
                LookBacks = lookBackCounts.GetValueOrDefault(x.Id) ?? Core.LookBacks.LookBackCounts.None,
            };
        }).ToList();
        return table with { Lines = lines };
    }

    /// <summary>The district's retrofit progress this year (the /retrofit total line) and its funding reconciliation (the /funding total line).</summary>
    public async Task<(ProgressLine Retrofit, FundingLine Funding)> DistrictAsync(Node district)
    {
        var year = clock.CurrentYear;
        var projects = await retrofit.ListProjectsAsync(district.Path);
        var (programme, targets) = await TargetsAsync(year);
        var costs = await funding.ListCostsInScopeAsync(district.Path, year);
        var payments = await funding.ListPaymentsInScopeAsync(district.Path, year);
        return (RetrofitBoard.Total(district, programme, targets, projects, year, Today), FundingBoard.Total(district, projects, costs, payments));
    }

    /// <summary>A term ending soon is a warning with days left, not a deadline missed.</summary>
    public static bool IsOverdue(CommitteeAlert alert) => alert.Kind != CommitteeAlertKind.TermEndingSoon;

    private async Task<IReadOnlyList<ProgressLine>> RetrofitAsync(Node district, IReadOnlyList<Node> subDistricts)
    {
        var year = clock.CurrentYear;
        var (programme, targets) = await TargetsAsync(year);
        var projects = await retrofit.ListProjectsAsync(district.Path);
        return RetrofitBoard.ByChild(district, subDistricts, programme, targets, projects, year, Today);
    }

    /// <summary>The newest programme covering the year and its targets for the year, as /retrofit picks them.</summary>
    private async Task<(RetrofitProgramme? Programme, IReadOnlyList<AreaTarget> Targets)> TargetsAsync(int year)
    {
        var programme = (await retrofit.ListProgrammesAsync()).LastOrDefault(p => p.Covers(year));
        return (programme, programme is null ? [] : await retrofit.ListTargetsAsync(programme.Id, year));
    }

    private static Node SubDistrictNode(LeagueWeekTable table, LeagueLine line) => new()
    {
        Id = line.Id,
        ParentId = table.District.Id,
        Level = NodeLevel.SubDistrict,
        Name = line.Name,
        Path = Node.ChildPath(table.District.Path, line.Id),
    };
}
