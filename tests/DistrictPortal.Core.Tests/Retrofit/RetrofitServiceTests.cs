using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Retrofit;
using DistrictPortal.Core.Tests.Fakes;

namespace DistrictPortal.Core.Tests.Retrofit;

/// <summary>
/// The retrofit workflows' rules that were the repositories' and procedures' (P8: 零星楼栋合并 — scattered buildings merged
/// into one management area are estates of one community), and their audit, built once in Core for both databases.
/// </summary>
public sealed class RetrofitServiceTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);
    private static readonly ChangeContext Who = new(4, "district-admin", new DateTime(2026, 11, 27, 2, 0, 0, DateTimeKind.Utc));

    private readonly InMemoryNodes _nodes = new();
    private readonly InMemoryRetrofit _retrofit = new();
    private readonly Node _community;
    private readonly Node _otherCommunity;
    private readonly Node _lead;
    private readonly Node _neighbour;
    private readonly Node _elsewhere;

    public RetrofitServiceTests()
    {
        var city = _nodes.Add(null, NodeLevel.City, "杭州市");
        var district = _nodes.Add(city.Id, NodeLevel.District, "上城区");
        var subDistrict = _nodes.Add(district.Id, NodeLevel.SubDistrict, "牌楼街道");
        _community = _nodes.Add(subDistrict.Id, NodeLevel.Community, "万安社区");
        _otherCommunity = _nodes.Add(subDistrict.Id, NodeLevel.Community, "海潮社区");
        _lead = _nodes.Add(_community.Id, NodeLevel.Estate, "万安交通小区");
        _neighbour = _nodes.Add(_community.Id, NodeLevel.Estate, "万安里 3 幢");
        _elsewhere = _nodes.Add(_otherCommunity.Id, NodeLevel.Estate, "海潮新村");
    }

    private RetrofitService Service => new(_retrofit, _nodes, new InMemoryCommittees());

    private RetrofitProject Project(Action<RetrofitProject>? change = null)
    {
        var p = new RetrofitProject
        {
            EstateId = _lead.Id, Name = " 围墙与门禁 ", WorkItems = RetrofitWorkItems.Enclosure, Area = 12_345.67m,
            Status = RetrofitStatus.InWorks, StartedDate = new(2026, 3, 1),
        };
        change?.Invoke(p);
        return p;
    }

    private static string[] Keys(IReadOnlyList<ValidationError> errors) => errors.Select(e => e.ToKey()).ToArray();

    [Fact]
    public async Task A_project_merging_an_estate_of_its_own_community_is_created_trimmed_with_one_create_entry()
    {
        var result = await Service.CreateProjectAsync(Project(p => p.MergedEstateIds = [_neighbour.Id]), Today, Who);

        Assert.True(result.Succeeded);
        var (write, id, audit) = Assert.Single(_retrofit.Writes);
        Assert.Equal(("create", result.Value), (write, id));
        var entry = Assert.Single(audit);
        Assert.Equal((AuditEntities.RetrofitProject, result.Value, AuditActions.Create, "围墙与门禁", 4L),
            (entry.EntityType, entry.EntityId, entry.Action, entry.NewValue, entry.UserId));
    }

    [Fact]
    public async Task Merging_an_estate_of_another_community_the_lead_itself_or_a_community_is_refused_without_a_write()
    {
        Assert.Equal(["MergedEstateIds:MergedElsewhere"], Keys((await Service.CreateProjectAsync(Project(p => p.MergedEstateIds = [_elsewhere.Id]), Today, Who)).Errors));
        Assert.Equal(["MergedEstateIds:MergedElsewhere"], Keys((await Service.CreateProjectAsync(Project(p => p.MergedEstateIds = [_lead.Id]), Today, Who)).Errors));
        Assert.Equal(["MergedEstateIds:MergedElsewhere"], Keys((await Service.CreateProjectAsync(Project(p => p.MergedEstateIds = [_community.Id]), Today, Who)).Errors));
        Assert.Equal(["MergedEstateIds:MergedElsewhere"], Keys((await Service.CreateProjectAsync(Project(p => p.MergedEstateIds = [9_999]), Today, Who)).Errors));
        Assert.Equal(["EstateId:NotAnEstate"], Keys((await Service.CreateProjectAsync(Project(p => p.EstateId = _community.Id), Today, Who)).Errors));
        Assert.Empty(_retrofit.Writes);
    }

    [Fact]
    public async Task Acceptance_is_never_a_status_typed_into_the_form_but_an_accepted_project_stays_editable()
    {
        var typedAccepted = Project(p => { p.Status = RetrofitStatus.Accepted; p.CompletedDate = p.AcceptedDate = new(2026, 10, 1); });
        Assert.Equal(["Status:AcceptThroughConfirmation"], Keys((await Service.CreateProjectAsync(typedAccepted, Today, Who)).Errors));

        var accepted = Project(p => { p.Id = 7; p.Version = 2; p.Status = RetrofitStatus.Accepted; p.CompletedDate = p.AcceptedDate = new(2026, 10, 1); });
        _retrofit.Add(accepted);
        var renamed = Project(p => { p.Id = 7; p.Name = "围墙"; p.Status = RetrofitStatus.Accepted; p.CompletedDate = p.AcceptedDate = new(2026, 10, 1); });
        Assert.True((await Service.UpdateProjectAsync(renamed, 2, Today, Who)).Succeeded);
    }

    [Fact]
    public async Task An_edit_is_diffed_in_core_field_by_field_and_a_stale_version_is_a_conflict()
    {
        _retrofit.Add(Project(p => { p.Id = 7; p.Version = 3; p.Name = "围墙与门禁"; p.MergedEstateIds = [_neighbour.Id]; }));
        var edit = Project(p => { p.Id = 7; p.Area = 20_000m; });

        Assert.True((await Service.UpdateProjectAsync(edit, 3, Today, Who)).Succeeded);

        var (_, _, audit) = Assert.Single(_retrofit.Writes);
        Assert.Equal(
            [("Area", "12345.67", "20000"), ("MergedEstateIds", _neighbour.Id.ToString(), "")],
            audit.Select(a => (a.Field!, a.OldValue, a.NewValue)).OrderBy(a => a.Item1).ToArray());
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Service.UpdateProjectAsync(Project(p => p.Id = 7), 3, Today, Who));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Service.UpdateProjectAsync(Project(p => p.Id = 8), 1, Today, Who));
    }

    [Fact]
    public async Task Accepting_writes_the_status_and_dates_as_audit_entries_built_in_core()
    {
        var project = Project(p => { p.Id = 7; p.Version = 3; p.Status = RetrofitStatus.Completed; p.CompletedDate = new(2026, 9, 30); });

        Assert.True((await Service.AcceptAsync(project, new DateOnly(2026, 10, 15), 3, Today, Who)).Succeeded);

        var (write, _, audit) = Assert.Single(_retrofit.Writes);
        Assert.Equal("accept", write);
        Assert.Equal([("AcceptedDate", null, "2026-10-15"), ("Status", "Completed", "Accepted")],
            audit.Where(a => a.EntityType == RetrofitAudit.EntityType).Select(a => (a.Field!, a.OldValue, a.NewValue)).OrderBy(a => a.Item1).ToArray());
        // The estate's consultation gains its works date in the same write, its trail built here too.
        Assert.Equal(new (string?, string?)[] { (null, null), ("WorksAcceptedOn", "2026-10-15") }, audit.Where(a => a.EntityType == AuditEntities.Consultation)
            .Select(a => (a.Field, a.NewValue)).OrderBy(a => a.Field).ToArray());
    }

    [Fact]
    public async Task A_programme_ends_no_earlier_than_it_starts_and_needs_a_name()
    {
        var refused = await Service.CreateProgrammeAsync(new RetrofitProgramme { NodeId = 1, Name = " ", FirstYear = 2027, LastYear = 2025 }, Who);
        Assert.Equal(["Name:Required", "LastYear:EndsBeforeStart"], Keys(refused.Errors));
        Assert.True((await Service.CreateProgrammeAsync(new RetrofitProgramme { NodeId = 1, Name = "P8", FirstYear = 2025, LastYear = 2025 }, Who)).Succeeded);
        Assert.Single(_retrofit.Writes);
    }

    [Fact]
    public async Task A_target_is_for_a_node_or_a_label_a_non_negative_area_in_hundredths_and_a_change_records_old_and_new()
    {
        Assert.Equal(["Label:NodeOrLabel"], Keys((await Service.SetTargetAsync(new AreaTarget { ProgrammeId = 1, NodeId = 2, Label = "下城区", Year = 2026, TargetArea = 1m }, Who)).Errors));
        Assert.Equal(["Label:NodeOrLabel"], Keys((await Service.SetTargetAsync(new AreaTarget { ProgrammeId = 1, Label = " ", Year = 2026, TargetArea = 1m }, Who)).Errors));
        Assert.Equal(["TargetArea:NotNegative"], Keys((await Service.SetTargetAsync(new AreaTarget { ProgrammeId = 1, NodeId = 2, Year = 2026, TargetArea = -1m }, Who)).Errors));
        Assert.Equal(["TargetArea:TwoDecimals"], Keys((await Service.SetTargetAsync(new AreaTarget { ProgrammeId = 1, NodeId = 2, Year = 2026, TargetArea = 0.001m }, Who)).Errors));
        Assert.Equal(["TargetArea:TooLarge"], Keys((await Service.SetTargetAsync(new AreaTarget { ProgrammeId = 1, NodeId = 2, Year = 2026, TargetArea = FieldLimits.TargetArea.Max + 1 }, Who)).Errors));
        Assert.Empty(_retrofit.Writes);

        var id = (await Service.SetTargetAsync(new AreaTarget { ProgrammeId = 1, NodeId = 2, Year = 2026, TargetArea = 1_000_000m }, Who)).Value;
        Assert.True((await Service.SetTargetAsync(new AreaTarget { Id = id, ProgrammeId = 1, NodeId = 2, Year = 2026, TargetArea = 999_999.5m, Version = 1 }, Who)).Succeeded);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            Service.SetTargetAsync(new AreaTarget { Id = id, ProgrammeId = 1, NodeId = 2, Year = 2026, TargetArea = 1m, Version = 1 }, Who));

        var change = Assert.Single(_retrofit.Writes[1].Audit);
        Assert.Equal((AuditActions.Update, "1000000", "999999.5", id), (change.Action, change.OldValue, change.NewValue, change.EntityId));
        Assert.Equal((AuditActions.Create, id), (Assert.Single(_retrofit.Writes[0].Audit).Action, _retrofit.Writes[0].Audit[0].EntityId));
    }
}
