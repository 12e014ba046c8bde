using System.Globalization;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Briefings;
using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Core.Returns;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Infrastructure.Security;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Security;

/// <summary>What an id in a route names, so the sweep can hand it an id of that kind from outside the user's scope.</summary>
public enum IdKind
{
    Node,
    Estate,
    Return,
    Campaign,
    SupervisionOrder,
    Notification,
    User,
    /// <summary>
    /// A node whose page the leading group publishes to the whole district (the league's "why this rank"): a sibling
    /// sub-district is not foreign, a node of another district is.
    /// </summary>
    DistrictNode,
    /// <summary>A retrofit project (/retrofit/projects/{id}, /funding/projects/{id}).</summary>
    RetrofitProject,
    /// <summary>A cost line of a project (/funding/costs/{id}).</summary>
    CostItem,
    /// <summary>A briefing kept by the weekly pack (/briefings/archive/{id}.pdf).</summary>
    ArchivedBriefing,
    /// <summary>An evidence file (/attachments/{id}).</summary>
    Attachment,
    /// <summary>
    /// A service standard (/standards/{id}): one set for the whole portal, edited by the office alone, so every standard is
    /// out of every other account's reach (a write answers 403).
    /// </summary>
    ServiceStandard,
    /// <summary>A property service contract (/contracts/{estateId}/{contractId}/end).</summary>
    ServiceContract,
    /// <summary>
    /// A row of the portal-wide enterprise register (/enterprises/{id}): no enterprise is outside anyone's scope, so its page
    /// answers; the sweep checks it shows nothing of a foreign estate (the enterprise holds a contract of 外区's).
    /// </summary>
    Enterprise,
    /// <summary>A package of mode 4 (/packages/{id}): readable by its sub-district's scope and the communities of its estates.</summary>
    Package,
    /// <summary>A kind the sweep does not know (a feature added since): every foreign id is tried, and the answer must hold no foreign data.</summary>
    Unknown,
}

/// <summary>Ids a user must not reach, by kind, and names that must never appear on a page they are shown.</summary>
public sealed record ForeignIds(IReadOnlyDictionary<IdKind, IReadOnlyList<long>> Ids, DateOnly Week, IReadOnlyList<string> Markers)
{
    public IReadOnlyList<long> Of(IdKind kind) => kind == IdKind.Unknown
        ? Ids.Values.SelectMany(v => v).Distinct().Order().ToList()
        : Ids.GetValueOrDefault(kind) ?? [];

    /// <summary>The first foreign name found in <paramref name="body"/>, or null.</summary>
    public string? LeakIn(string body) => Markers.FirstOrDefault(m => body.Contains(m, StringComparison.Ordinal));
}

/// <summary>
/// The demo portal on its own database for the security sweep, plus one more district (外区) with a sub-district,
/// community, estate, campaign, return and supervision order, so even the bureau reviewer (whose scope is the whole demo
/// district) has something outside its scope; and a notification of the admin's, which is nobody else's.
/// </summary>
public sealed class SweepWorld : IAsyncLifetime
{
    public const string OuterDistrictName = "外区（安全测试）";
    public const string OuterEstateName = "外区机密小区（安全测试）";
    public const string OuterNarrative = "外区周报的机密进展（安全测试）";

    /// <summary>The demo accounts the sweep signs in as: one of each role (领导小组成员 briefing, 业委会成员 yeweihui), and a second sub-district's officer.</summary>
    public static readonly string[] Users = ["admin", "bureau", "pailou", "yinheshi", "briefing", "yeweihui", "donghu"];

    public PortalFactory Portal { get; } = new();

    private readonly Dictionary<string, ForeignIds> _foreign = [];
    private readonly Dictionary<string, User> _users = [];

    public long OuterOrderId { get; private set; }
    public long AdminNotificationId { get; private set; }

    public ForeignIds ForeignTo(string userName) => _foreign[userName];

    public User UserOf(string userName) => _users[userName];

    public async Task InitializeAsync()
    {
        var services = Portal.Services;
        var nodes = services.GetRequiredService<INodeRepository>();
        var estates = services.GetRequiredService<IEstateRepository>();
        var context = new ChangeContext(0, "security-sweep", DateTime.UtcNow);
        var root = Assert.Single(await nodes.GetRootsAsync());

        // 外区: a second district under the demo city, outside every account's scope but the admin's.
        Task<Node> CreateNodeAsync(long parentId, NodeLevel level, string name) =>
            nodes.CreateAsync(parentId, level, name, NodeAudit.Created(name, context));
        var district = await CreateNodeAsync(root.Id, NodeLevel.District, OuterDistrictName);
        var subDistrict = await CreateNodeAsync(district.Id, NodeLevel.SubDistrict, "外区街道（安全测试）");
        var community = await CreateNodeAsync(subDistrict.Id, NodeLevel.Community, "外区社区（安全测试）");
        var outerEstate = new Estate
        {
            CommunityId = community.Id, Name = OuterEstateName, Address = "外区1号", Buildings = 2, Households = 80, FloorArea = 5000m,
            Class = EstateClass.Three, Status = ManagementStatus.Unmanaged, Mode = ManagementMode.None,
        };
        var estate = await estates.CreateAsync(outerEstate, EstateAudit.Created(outerEstate, context));
        // The workflows are scoped services: one scope for this setup.
        using var workflows = services.CreateScope();
        var outerProject = (await workflows.ServiceProvider.GetRequiredService<Core.Retrofit.RetrofitService>().CreateProjectAsync(new Core.Retrofit.RetrofitProject
        {
            EstateId = estate, Name = OuterEstateName + "改造", WorkItems = Core.Retrofit.RetrofitWorkItems.Enclosure, Area = 1000m,
            Status = Core.Retrofit.RetrofitStatus.Planned,
        }, DateOnly.FromDateTime(DateTime.UtcNow), context)).Value;
        var outerCost = (await workflows.ServiceProvider.GetRequiredService<Core.Funding.FundingService>().AddCostAsync(new Core.Funding.CostItem
        {
            ProjectId = outerProject, Year = DateTime.UtcNow.Year, Category = Core.Funding.CostCategory.EnvironmentWorks, Amount = 100m,
            Description = OuterEstateName,
        }, DateOnly.FromDateTime(DateTime.UtcNow), context)).Value;
        var campaign = (await workflows.ServiceProvider.GetRequiredService<CampaignService>().CreateAsync(new Campaign
        {
            DistrictId = district.Id, Name = "外区清零行动（安全测试）", StartDate = new DateOnly(2026, 9, 7),
        }, context)).Value;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var week = today.AddDays(-((int)today.DayOfWeek - (int)DayOfWeek.Friday + 7) % 7 - 7); // the Friday of last week
        var outerReturn = await services.GetRequiredService<IWeeklyReturnRepository>().CreateAsync(new WeeklyReturn
        {
            SubDistrictId = subDistrict.Id, SubDistrictName = subDistrict.Name, WeekEnding = week, ProgressNarrative = OuterNarrative,
        }, ReturnAudit.Created(week, context));
        OuterOrderId = (await workflows.ServiceProvider.GetRequiredService<SupervisionService>().RaiseOnceAsync(new SupervisionOrder
        {
            SubDistrictId = subDistrict.Id, SubDistrictName = subDistrict.Name, WeekEnding = week, Reason = "外区督办（安全测试）",
            RaisedUtc = DateTime.UtcNow,
        }, context)).Value!.Value;

        // 外区's archived briefing; its "PDF" is plain text naming the estate, so a download that leaks shows the marker.
        var archive = services.GetRequiredService<IBriefingArchiveRepository>();
        var outerArchived = new ArchivedBriefing
        {
            NodeId = subDistrict.Id, NodeName = subDistrict.Name, NodeLevel = NodeLevel.SubDistrict, NodePath = subDistrict.Path,
            WeekEnding = week, SnapshotId = "S-安全测试", GeneratedUtc = DateTime.UtcNow,
            Pdf = System.Text.Encoding.UTF8.GetBytes("%PDF-1.4 " + OuterEstateName),
        };
        await archive.AddOnceAsync(outerArchived, ArchivedBriefing.Created(outerArchived, context));
        var outerBriefing = Assert.Single(await archive.ListAsync(subDistrict.Path)).Id;
        // 外区's evidence file; its bytes name the estate, so a download that leaks shows the marker.
        var outerAttachment = (await workflows.ServiceProvider.GetRequiredService<Core.Attachments.AttachmentService>().AddAsync(
            Core.Attachments.AttachmentOwnerKind.Estate, estate, estate, "外区合同.pdf", System.Text.Encoding.UTF8.GetBytes("%PDF-1.4 " + OuterEstateName),
            Core.Attachments.AttachmentService.DefaultMaxBytes, context)).Value;

        // 外区's service inspection (its estate taken as enterprise-managed), so a list or figure that leaks shows the marker.
        var inspected = (await estates.GetByIdAsync(estate))!;
        inspected.Mode = ManagementMode.PropertyEnterprise;
        var enterpriseStandards = Core.Standards.StandardsService.Applicable(Core.Standards.PlanStandards.All, inspected.Mode);
        var (outerInspection, inspectionAudit) = Core.Standards.StandardsService.Judge(inspected, enterpriseStandards, new Core.Standards.InspectionInput
        {
            Date = DateOnly.FromDateTime(DateTime.UtcNow), Inspector = "外区检查组（安全测试）",
            Values = enterpriseStandards.ToDictionary(x => x.Id, x => (decimal?)x.Threshold),
        }, context);
        await services.GetRequiredService<Core.Standards.IInspectionRepository>().AddAsync(outerInspection, inspectionAudit);
        // 外区's contract with an enterprise of the shared register: the enterprise's page must not name 外区's estate.
        var sharedEnterprise = (await workflows.ServiceProvider.GetRequiredService<Core.Enterprises.EnterpriseService>().CreateAsync(
            new Core.Enterprises.EnterpriseInput("共享名录物业（安全测试）", "91330100AWEEP0001" + Core.Enterprises.CreditCode.CheckCharacter("91330100AWEEP0001"), false, null, null),
            context)).Value;
        var outerContract = (await workflows.ServiceProvider.GetRequiredService<Core.Enterprises.ContractService>().AddAsync(estate,
            new Core.Enterprises.ContractInput(sharedEnterprise, today.AddYears(-1), today.AddYears(2), 1m, Core.Enterprises.ServiceLevel.Two, today.AddYears(-1)),
            today, context)).Value;
        // 外区's package of its estate, with a tender, so every package route has a foreign target.
        var packageService = workflows.ServiceProvider.GetRequiredService<Core.Packages.PackageService>();
        var outerPackage = (await packageService.CreateAsync(subDistrict.Id, subDistrict.Path,
            new Core.Packages.PackageInput { Name = OuterEstateName + "片区", EstateIds = [estate] }, week.AddDays(-60), context)).Value;

        var users = services.GetRequiredService<IUserRepository>();
        foreach (var name in Users)
            _users[name] = await (await users.GetByUserNameAsync(name))!.WithScopeAsync(nodes);
        var admin = _users["admin"];
        await services.GetRequiredService<INotificationRepository>().AddOnceAsync(new Notification
        {
            UserId = admin.Id, DedupKey = "security-sweep", Title = "管理员的机密通知（安全测试）", Body = "只给管理员", CreatedUtc = DateTime.UtcNow,
        });
        AdminNotificationId = (await services.GetRequiredService<INotificationRepository>().ListForUserAsync(admin.Id)).First().Id;

        var outer = new Dictionary<IdKind, List<long>>
        {
            [IdKind.Node] = [subDistrict.Id, community.Id, district.Id],
            [IdKind.DistrictNode] = [subDistrict.Id, community.Id, district.Id],
            [IdKind.Estate] = [estate],
            [IdKind.Return] = [outerReturn],
            [IdKind.Campaign] = [campaign],
            [IdKind.SupervisionOrder] = [OuterOrderId],
            [IdKind.Notification] = [AdminNotificationId],
            [IdKind.User] = [admin.Id],
            [IdKind.ArchivedBriefing] = [outerBriefing],
            [IdKind.Attachment] = [outerAttachment],
            [IdKind.RetrofitProject] = [outerProject],
            [IdKind.CostItem] = [outerCost],
            [IdKind.ServiceStandard] = (await services.GetRequiredService<Core.Standards.IServiceStandardRepository>().ListAsync()).Select(s => s.Id).ToList(),
            [IdKind.ServiceContract] = [outerContract],
            [IdKind.Enterprise] = [sharedEnterprise],
            [IdKind.Package] = [outerPackage],
        };
        foreach (var name in Users.Where(n => n != "admin"))
            _foreign[name] = await ForeignAsync(_users[name], outer, week);
    }

    /// <summary>
    /// 外区's ids, plus a demo sub-district beside the user's own (neither containing nor inside the scope) with one of its
    /// communities, estates and returns: 东湖 for 牌楼's accounts, 牌楼 for 东湖's; the bureau's district holds them all.
    /// </summary>
    private async Task<ForeignIds> ForeignAsync(User user, Dictionary<IdKind, List<long>> outer, DateOnly week)
    {
        var services = Portal.Services;
        var nodes = services.GetRequiredService<INodeRepository>();
        var estates = services.GetRequiredService<IEstateRepository>();
        var root = Assert.Single(await nodes.GetRootsAsync());
        var ids = outer.ToDictionary(kv => kv.Key, kv => kv.Value.ToList());
        var markers = new List<string> { OuterEstateName, OuterNarrative };

        var beside = (await nodes.ListByLevelAsync(root.Path, NodeLevel.SubDistrict))
            .FirstOrDefault(s => !Scope.Contains(user.ScopePath, s.Path) && !Scope.Contains(s.Path, user.ScopePath) && s.Name != "外区街道（安全测试）");
        if (beside is not null)
        {
            var community = (await nodes.GetChildrenAsync(beside.Id)).First();
            var theirs = await estates.SearchAsync(new EstateQuery { ScopePath = beside.Path, PageSize = 1000 });
            ids[IdKind.Node].InsertRange(0, [beside.Id, community.Id]);
            ids[IdKind.Estate].Insert(0, theirs.Items.First().Id);
            var returns = await services.GetRequiredService<IWeeklyReturnRepository>().ListAsync(beside.Path, week.AddDays(-70), week);
            if (returns.FirstOrDefault() is { } r)
            {
                ids[IdKind.Return].Insert(0, r.Id);
                week = r.WeekEnding; // so /returns/{subDistrictId}/{weekEnding} names a return that exists
            }
            markers.AddRange(theirs.Items.Select(e => e.Name));
            // The neighbour's evidence files (the demo attaches some to 牌楼's estates), first in line.
            foreach (var theirEstate in theirs.Items)
                ids[IdKind.Attachment].InsertRange(0, (await services.GetRequiredService<Core.Attachments.IAttachmentRepository>()
                    .ListByOwnerAsync(Core.Attachments.AttachmentOwnerKind.Estate, theirEstate.Id)).Select(a => a.Id));
            // The neighbour's contracts (the demo gives 牌楼's estates some), first in line.
            ids[IdKind.ServiceContract].InsertRange(0, (await services.GetRequiredService<Core.Enterprises.IContractRepository>()
                .ListInScopeAsync(beside.Path)).Select(c => c.Id).Take(2));
            // A neighbour's retrofit project and one of its cost lines, when the demo gave it any.
            var projects = await services.GetRequiredService<Core.Retrofit.IRetrofitRepository>().ListProjectsAsync(beside.Path);
            foreach (var project in projects.Take(1))
            {
                ids[IdKind.RetrofitProject].Insert(0, project.Id);
                var costs = await services.GetRequiredService<Core.Funding.IFundingRepository>().ListCostsAsync(project.Id);
                if (costs.FirstOrDefault() is { } cost)
                    ids[IdKind.CostItem].Insert(0, cost.Id);
            }
        }
        // A community officer's neighbours: the other communities of the same sub-district.
        if ((await nodes.GetByIdAsync(user.ScopeNodeId))?.Level == NodeLevel.Community)
        {
            var home = (await nodes.GetByIdAsync(user.ScopeNodeId))!;
            var sibling = (await nodes.GetChildrenAsync(home.ParentId!.Value)).First(c => c.Id != home.Id);
            var theirs = await estates.SearchAsync(new EstateQuery { ScopePath = sibling.Path, PageSize = 1000 });
            ids[IdKind.Node].Insert(0, sibling.Id);
            ids[IdKind.Estate].Insert(0, theirs.Items.First().Id);
            markers.AddRange(theirs.Items.Select(e => e.Name));
        }
        // Every package the user may not read (the neighbours' and, for a community officer, those without its estates), first in line.
        var packageRepository = services.GetRequiredService<Core.Packages.IPackageRepository>();
        foreach (var package in await packageRepository.ListInScopeAsync(root.Path))
            if (!Scope.Contains(user.ScopePath, package.Path)
                && !(await packageRepository.ListMembersAsync(package.Id)).Any(m => Scope.Contains(user.ScopePath, m.Path))
                && package.Id != outer[IdKind.Package][0])
                ids[IdKind.Package].Insert(0, package.Id);
        // A name is a marker only if no estate in the user's own scope contains it (so a page of their own never trips it).
        var own = (await estates.SearchAsync(new EstateQuery { ScopePath = user.ScopePath, PageSize = 1000 })).Items.Select(e => e.Name).ToList();
        markers = markers.Where(m => m.Length >= 4 && !own.Any(o => o.Contains(m, StringComparison.Ordinal))).Distinct().ToList();
        return new ForeignIds(ids.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<long>)kv.Value), week, markers);
    }

    /// <summary>Rows in the audit trail: every write is audited, so an unchanged count means nothing was written.</summary>
    public long AuditCount()
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(Portal.Folder, "portal.db")}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM AuditEntry";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public Task DisposeAsync()
    {
        Portal.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class SweepCollection : ICollectionFixture<SweepWorld>
{
    public const string Name = "security-sweep";
}
