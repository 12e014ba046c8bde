using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Retrofit;
using DistrictPortal.Core.Tests.Fakes;

namespace DistrictPortal.Core.Tests.Retrofit;

public sealed class RetrofitProjectRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    private static RetrofitProject Valid(Action<RetrofitProject>? change = null)
    {
        var p = new RetrofitProject
        {
            Id = 7, EstateId = 5, Name = "围墙整治", WorkItems = RetrofitWorkItems.Enclosure, Area = 1000m,
            Status = RetrofitStatus.Completed, StartedDate = new(2026, 3, 1), CompletedDate = new(2026, 9, 1), Version = 3,
        };
        change?.Invoke(p);
        return p;
    }

    private static IEnumerable<string> Fields(RetrofitProject p) =>
        RetrofitProjectValidator.Validate(p, Today).Select(e => $"{e.Field}:{e.Code}");

    [Fact]
    public void A_complete_project_is_valid()
    {
        Assert.Empty(Fields(Valid()));
    }

    [Fact]
    public void Dates_follow_the_status_in_order_and_not_in_the_future()
    {
        Assert.Equal(["CompletedDate:Required"], Fields(Valid(p => p.CompletedDate = null)));
        Assert.Equal(["CompletedDate:NotForStatus"], Fields(Valid(p => p.Status = RetrofitStatus.InWorks)));
        Assert.Equal(["StartedDate:NotForStatus", "CompletedDate:NotForStatus"], Fields(Valid(p => p.Status = RetrofitStatus.Planned)));
        Assert.Equal(["CompletedDate:NotBefore"], Fields(Valid(p => p.CompletedDate = new(2026, 2, 28))));
        Assert.Equal(["CompletedDate:NotInFuture"], Fields(Valid(p => p.CompletedDate = Today.AddDays(1))));
        Assert.Equal(["AcceptedDate:Required"], Fields(Valid(p => p.Status = RetrofitStatus.Accepted)));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("10.005")]
    public void The_area_is_positive_in_whole_hundredths(string area)
    {
        Assert.Single(Fields(Valid(p => p.Area = decimal.Parse(area, System.Globalization.CultureInfo.InvariantCulture))), f => f.StartsWith("Area:"));
    }

    [Fact]
    public void Name_estate_and_works_are_required()
    {
        Assert.Equal(["Name:Required", "EstateId:Required", "WorkItems:Required"],
            Fields(Valid(p => { p.Name = " "; p.EstateId = 0; p.WorkItems = RetrofitWorkItems.None; })));
    }

    [Fact]
    public async Task Accepting_sets_the_date_fills_missing_dates_and_saves_once()
    {
        var repository = new InMemoryRetrofit();
        var service = new RetrofitService(repository, new InMemoryNodes(), new InMemoryCommittees());
        var project = Valid(p => p.MergedEstateIds = [6, 5]); // merged with estate 6; the lead listed again by mistake

        var result = await service.AcceptAsync(project, new DateOnly(2026, 10, 15), 3, Today, new ChangeContext(1, "u", DateTime.UtcNow));

        Assert.True(result.Succeeded);
        var (saved, worksAccepted) = Assert.Single(repository.Accepted);
        Assert.Equal((RetrofitStatus.Accepted, new DateOnly(2026, 10, 15), 3L), (saved.Status, saved.AcceptedDate, saved.Version));
        Assert.Equal(RetrofitStatus.Completed, project.Status); // the caller's copy is untouched
        // The lead estate's and each merged estate's consultation clock start with the acceptance, once each.
        Assert.Equal([5L, 6L], worksAccepted.Order());
        // Their trails are Core's too, written with the project's: the works date each consultation gains.
        var audit = repository.Writes.Single(w => w.Write == "accept").Audit;
        Assert.Equal([(5L, "2026-10-15"), (6L, "2026-10-15")], audit
            .Where(e => e.EntityType == AuditEntities.Consultation && e.Field == "WorksAcceptedOn")
            .Select(e => (e.EntityId, e.NewValue!)).Order().ToArray());
    }

    [Fact]
    public async Task Accepting_before_completion_in_the_future_twice_or_stale_is_refused_without_a_write()
    {
        var repository = new InMemoryRetrofit();
        var service = new RetrofitService(repository, new InMemoryNodes(), new InMemoryCommittees());
        var context = new ChangeContext(1, "u", DateTime.UtcNow);

        Assert.Equal("AcceptedDate:NotBefore", Assert.Single((await service.AcceptAsync(Valid(), new DateOnly(2026, 8, 31), 3, Today, context)).Errors).ToKey());
        Assert.Equal("AcceptedDate:NotInFuture", Assert.Single((await service.AcceptAsync(Valid(), Today.AddDays(1), 3, Today, context)).Errors).ToKey());
        Assert.Equal("Status:AlreadyAccepted", Assert.Single((await service.AcceptAsync(
            Valid(p => { p.Status = RetrofitStatus.Accepted; p.AcceptedDate = new(2026, 9, 2); }), Today, 3, Today, context)).Errors).ToKey());
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => service.AcceptAsync(Valid(), Today, 2, Today, context));
        Assert.Empty(repository.Accepted); // a refused acceptance writes nothing and starts no clock
    }

    [Fact]
    public void The_board_totals_children_by_path_and_lists_outside_districts_only_under_the_programme_node()
    {
        var city = new Node { Id = 1, Name = "市", Path = "/1/", Level = NodeLevel.City };
        var district = new Node { Id = 2, Name = "区", Path = "/1/2/", Level = NodeLevel.District };
        var programme = new RetrofitProgramme { Id = 9, NodeId = 1, FirstYear = 2025, LastYear = 2027 };
        AreaTarget[] targets =
        [
            new() { NodeId = 1, Year = 2026, TargetArea = 5_000_000m },
            new() { NodeId = 2, Year = 2026, TargetArea = 1_000_000m },
            new() { Label = "下城区", Year = 2026, TargetArea = 1_000_000m },
            new() { NodeId = 2, Year = 2025, TargetArea = 200_000m },
            new() { Label = "下城区", Year = 2025, TargetArea = 200_000m },
            new() { NodeId = 2, Year = 2027, TargetArea = 800_000m },
        ];
        RetrofitProject[] projects =
        [
            new() { EstatePath = "/1/2/3/4/5/", Area = 600_000m, StartedDate = new(2026, 1, 1), AcceptedDate = new(2026, 6, 30), Status = RetrofitStatus.Accepted },
            new() { EstatePath = "/1/2/3/4/6/", Area = 1_000m, StartedDate = new(2026, 5, 1), Status = RetrofitStatus.InWorks },
            new() { EstatePath = "/1/2/3/4/7/", Area = 150_000m, StartedDate = new(2025, 1, 1), AcceptedDate = new(2025, 9, 1), Status = RetrofitStatus.Accepted },
            // Accepted before the programme began: not the programme's progress.
            new() { EstatePath = "/1/2/3/4/8/", Area = 9_000m, StartedDate = new(2024, 1, 1), AcceptedDate = new(2024, 9, 1), Status = RetrofitStatus.Accepted },
        ];
        var asOf = new DateOnly(2026, 12, 31);

        var lines = RetrofitBoard.ByChild(city, [district], programme, targets, projects, 2026, asOf);

        Assert.Equal(["区", "下城区"], lines.Select(l => l.Name));
        Assert.Equal((1_000_000m, 600_000m, 1_000m, true), (lines[0].Progress.TargetArea, lines[0].Progress.AcceptedArea, lines[0].Progress.InWorksArea, lines[0].Progress.IsBehindPace));
        // Year 2 of the programme: 200,000 + 1,000,000 m² so far, against 150,000 + 600,000 accepted since it began.
        Assert.Equal((1_200_000m, 750_000m), (lines[0].CumulativeTarget, lines[0].CumulativeAccepted));
        Assert.Equal(1_200_000m, lines[1].CumulativeTarget);
        Assert.True(lines[1].IsOutsidePortal);
        Assert.Equal((1_000_000m, (decimal?)null, false), (lines[1].Progress.TargetArea, lines[1].Progress.ProjectedArea, lines[1].Progress.IsBehindPace));
        Assert.Empty(RetrofitBoard.ByChild(district, [], programme, targets, projects, 2026, asOf));
        Assert.Equal(5_000_000m, RetrofitBoard.Total(city, programme, targets, projects, 2026, asOf).Progress.TargetArea);
    }
}

internal static class ValidationErrorKeys
{
    public static string ToKey(this ValidationError e) => $"{e.Field}:{e.Code}";
}
