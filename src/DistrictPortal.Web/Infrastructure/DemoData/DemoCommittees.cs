using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Committees;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Web.Infrastructure.Configuration;

namespace DistrictPortal.Web.Infrastructure.DemoData;

/// <summary>
/// Owners' committees for every demo sub-district, dated back from today so the overdue list always has each kind:
/// the first estates of each sub-district (by id) get one scenario each in <see cref="Showcase"/> order, the rest a
/// seeded draw. Goes through Core's <see cref="CommitteeService"/>, like a sub-district officer would: a scenario that
/// broke a rule would stop the seeding instead of storing a contradiction.
/// </summary>
public sealed class DemoCommittees(
    ICommitteeRepository committees,
    CommitteeService service,
    IEstateRepository estates,
    INodeRepository nodes,
    PortalClock clock,
    ILogger<DemoCommittees> log)
{
    private const int Seed = 20261127;

    public enum Scenario
    {
        Nothing,
        WorksRecent,
        ConsultationOverdue,
        CommunityBased,
        ProfessionalRecent,
        MeetingOverdue,
        Filed,
        FilingMissing,
        TermEndingSoon,
        TermExpired,
        HandedOver,
    }

    /// <summary>One of each kind of overdue item first, so every sub-district's list shows them all.</summary>
    public static readonly Scenario[] Showcase =
    [
        Scenario.ConsultationOverdue, Scenario.MeetingOverdue, Scenario.FilingMissing, Scenario.TermEndingSoon,
        Scenario.TermExpired, Scenario.HandedOver, Scenario.CommunityBased, Scenario.WorksRecent,
    ];

    // Weights of the draw for the remaining estates, in Scenario order.
    private static readonly int[] Weights = [30, 8, 8, 12, 6, 5, 12, 4, 4, 3, 3];

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗"];
    private static readonly string[] GivenNames = ["建国", "秀英", "伟", "芳", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞"];

    private DateOnly _today;
    private Random _random = null!;

    public async Task SeedAsync()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        _today = DateOnly.FromDateTime(clock.LocalNow.DateTime);
        _random = new Random(Seed);
        var context = new ChangeContext(0, "demo-seed", clock.UtcNow);
        var root = (await nodes.GetRootsAsync()).Single();
        var seeded = 0;
        foreach (var subDistrict in await nodes.ListByLevelAsync(root.Path, NodeLevel.SubDistrict))
        {
            var inScope = await estates.SearchAsync(new EstateQuery { ScopePath = subDistrict.Path, PageSize = 1000 });
            var ordered = inScope.Items.OrderBy(e => e.Id).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                var scenario = i < Showcase.Length ? Showcase[i] : Draw();
                if (scenario != Scenario.Nothing)
                {
                    await PlayAsync(ordered[i], scenario, context);
                    seeded++;
                }
            }
        }
        log.LogInformation("Demo committees: {Estates} estates with a committee track in {Ms} ms", seeded, watch.ElapsedMilliseconds);
    }

    private Scenario Draw()
    {
        var pick = _random.Next(Weights.Sum());
        for (var i = 0; i < Weights.Length; i++)
        {
            if (pick < Weights[i])
                return (Scenario)i;
            pick -= Weights[i];
        }
        return Scenario.Nothing;
    }

    private async Task PlayAsync(Estate estate, Scenario scenario, ChangeContext context)
    {
        DateOnly Ago(int min, int max) => _today.AddDays(-_random.Next(min, max + 1));
        switch (scenario)
        {
            case Scenario.WorksRecent:
                Must(await service.RecordWorksAcceptedAsync(estate.Id, Ago(3, 25), _today, context));
                return;
            case Scenario.ConsultationOverdue:
                Must(await service.RecordWorksAcceptedAsync(estate.Id, Ago(40, 120), _today, context));
                return;
            case Scenario.CommunityBased:
                await ConsultAsync(estate, Ago(60, 300), professional: false, context);
                return;
            case Scenario.ProfessionalRecent:
                await ConsultAsync(estate, Ago(5, 45), professional: true, context);
                return;
            case Scenario.MeetingOverdue:
                await ConsultAsync(estate, Ago(70, 200), professional: true, context);
                return;
        }

        // A committee: elected after a professional consultation, with a five-year term unless the scenario says otherwise.
        var meeting = scenario switch
        {
            Scenario.FilingMissing => Ago(10, 50),
            Scenario.TermEndingSoon => _today.AddYears(-5).AddDays(_random.Next(10, 80)),
            Scenario.TermExpired => _today.AddYears(-5).AddDays(-_random.Next(5, 60)),
            Scenario.HandedOver => Ago(200, 700).AddYears(-5),
            _ => Ago(120, 900),
        };
        await ConsultAsync(estate, meeting.AddDays(-_random.Next(20, 55)), professional: true, context);
        var first = Committee(estate.Id, meeting, filed: scenario != Scenario.FilingMissing);
        Must((await service.SaveCommitteeAsync(first, _today, context)).Errors);
        if (scenario == Scenario.HandedOver)
        {
            var record = await committees.GetRecordAsync(estate.Id);
            var successor = Committee(estate.Id, first.TermEndDate.AddDays(-_random.Next(5, 30)), filed: true);
            Must((await service.HandOverAsync(estate.Id, record.Current!.Version, successor, confirmed: true, _today, context)).Errors);
        }
    }

    private async Task ConsultAsync(Estate estate, DateOnly end, bool professional, ChangeContext context)
    {
        var households = Math.Max(estate.Households, 20);
        var needed = ConsultationRule.VotesNeeded(households);
        var ballots = Math.Min(households, Math.Max(needed + 2, households * _random.Next(60, 96) / 100));
        var forProfessional = professional
            ? _random.Next(needed, Math.Min(ballots, needed + households / 5) + 1)
            : _random.Next(Math.Max(0, needed - households / 4), needed);
        forProfessional = Math.Min(forProfessional, ballots);
        var spoiled = _random.Next(0, Math.Max(1, (ballots - forProfessional) / 10));
        Must(await service.SaveConsultationAsync(new ResidentConsultation
        {
            EstateId = estate.Id,
            WorksAcceptedOn = end.AddDays(-_random.Next(20, 40)),
            StartDate = end.AddDays(-_random.Next(7, 15)),
            EndDate = end,
            Households = households,
            BallotsReturned = ballots,
            VotesForProfessional = forProfessional,
            VotesForCommunityBased = ballots - forProfessional - spoiled,
        }, _today, context));
    }

    private static void Must(DomainResult result) => Must(result.Errors);

    private static void Must(IReadOnlyList<ValidationError> errors)
    {
        if (errors.Count > 0)
            throw new InvalidOperationException("A demo committee scenario broke a rule: " + string.Join(", ", errors.Select(e => $"{e.Field}:{e.Code}")));
    }

    private OwnersCommittee Committee(long estateId, DateOnly meeting, bool filed)
    {
        var size = 5 + 2 * _random.Next(0, 3);
        return new OwnersCommittee
        {
            EstateId = estateId,
            MeetingDate = meeting,
            FilingDate = filed ? meeting.AddDays(_random.Next(7, 25)) is var f && f <= _today ? f : _today : null,
            TermEndDate = meeting.AddYears(5).AddDays(-1),
            Members = Enumerable.Range(0, size).Select(i => new CommitteeMember
            {
                Name = Surnames[_random.Next(Surnames.Length)] + GivenNames[_random.Next(GivenNames.Length)],
                Role = i switch { 0 => "主任", 1 => "副主任", _ => "委员" },
                IsChair = i == 0,
            }).ToList(),
        };
    }
}
