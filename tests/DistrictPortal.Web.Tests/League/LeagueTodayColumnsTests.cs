using System.Reflection;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.League;
using DistrictPortal.Core.LookBacks;
using DistrictPortal.Core.Retrofit;
using DistrictPortal.Web.Features.League;

namespace DistrictPortal.Web.Tests.League;

/// <summary>
/// A league week's today columns (retrofit, committees, look-backs, plans) are built once per district and laid on
/// every week's table (issue 19): each line keeps its week's own figures and takes today's, and they are rebuilt on the
/// same terms as the tables (a new audit entry, a new minute).
/// </summary>
public sealed class LeagueTodayColumnsTests
{
    private static readonly Node District = new() { Id = 7, Level = NodeLevel.District, Name = "区", Path = "/1/7/" };
    private static readonly DateTime Now = new(2026, 11, 27, 3, 0, 10, DateTimeKind.Utc);

    private sealed class Stamp : IAuditRepository
    {
        public long Latest { get; set; } = 100;
        public Task<IReadOnlyList<AuditEntry>> ListForEntityAsync(string entityType, long entityId, int max = 200) => throw new NotSupportedException();
        public Task<long> ReadChangeStampAsync() => Task.FromResult(Latest);
    }

    private static LeagueLine Line(int seed) => new(
        new LeagueRow(new LeagueEntry(31, $"街道{seed}", 20 + seed, 50m + seed, seed, 90m - seed), seed, seed - 1, 1 + seed % 4, PeerBand.Medium, seed),
        new LeagueStanding { SubDistrictId = 31, SubDistrictName = $"街道{seed}", AsOfWeek = new DateOnly(2026, 11, 20).AddDays(-7 * seed) },
        70m + seed, 60m + seed, [new DateOnly(2026, 10, 2).AddDays(7 * seed)], (LeagueBadges)(seed % 16), seed, seed + 1);

    [Fact]
    public void A_line_keeps_every_figure_of_its_week_and_takes_every_column_of_today()
    {
        var week = Line(1);
        var today = Line(2) with
        {
            Retrofit = new RetrofitProgress(31, default!, 1000m, 400m, 100m, 40m, 900m, true),
            CommitteeDeadlinesOverdue = 3,
            CommitteesNeeded = 9,
            CommitteesFormedNow = 4,
            LookBacks = new LookBackCounts(2, 1),
            PlanOverdue = 5,
        };

        var line = today.WithWeekOf(week);

        // Positional parameters are the week's figures, optional ones today's columns: a column added either way is
        // checked here without changing the test, so WithWeekOf cannot silently drop one.
        var parameters = typeof(LeagueLine).GetConstructors().Single(c => c.GetParameters().Length > 1).GetParameters();
        Assert.Contains(parameters, p => p.HasDefaultValue);
        foreach (var parameter in parameters)
        {
            var property = typeof(LeagueLine).GetProperty(parameter.Name!, BindingFlags.Public | BindingFlags.Instance)!;
            var expected = property.GetValue(parameter.HasDefaultValue ? today : week);
            Assert.True(Equals(expected, property.GetValue(line)), $"{parameter.Name} should be the {(parameter.HasDefaultValue ? "today" : "week")} line's");
            Assert.False(Equals(property.GetValue(week), property.GetValue(today)), $"{parameter.Name} is the same in both lines: the test proves nothing for it");
        }
    }

    [Fact]
    public async Task Today_columns_are_built_once_for_every_week_until_an_audit_entry_or_a_new_minute()
    {
        var cache = new LeagueTableCache();
        var audit = new Stamp();
        var builds = 0;
        Task<LeagueWeekTable> Build()
        {
            builds++;
            return Task.FromResult(new LeagueWeekTable(District, new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 13), null, []));
        }

        var first = await cache.GetTodayAsync(District, Now, audit, Build);
        Assert.Same(first, await cache.GetTodayAsync(District, Now.AddSeconds(30), audit, Build));
        Assert.Equal(1, builds);
        audit.Latest++;
        await cache.GetTodayAsync(District, Now.AddSeconds(30), audit, Build);
        Assert.Equal(2, builds);
        await cache.GetTodayAsync(District, Now.AddSeconds(50), audit, Build); // 03:01:00
        Assert.Equal(3, builds);
    }
}
