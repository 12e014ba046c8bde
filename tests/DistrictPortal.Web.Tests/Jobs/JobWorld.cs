using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Core.Returns;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Jobs;

/// <summary>
/// One district with three sub-districts (甲, 乙, 丙), each with one officer (甲's has an e-mail address), an admin at the
/// city, and a campaign whose first week ends Fri 6 Nov 2026 (deadline Fri 17:00 Asia/Shanghai = 09:00 UTC).
/// The jobs come from the portal's own registrations, on in-memory stores.
/// </summary>
internal sealed class JobWorld : IDisposable
{
    public static readonly DateOnly Week1 = new(2026, 11, 6);
    public static readonly DateOnly Week2 = Week1.AddDays(7);
    public static readonly DateOnly Week3 = Week1.AddDays(14);
    public static readonly DateOnly Week4 = Week1.AddDays(21);

    public InMemoryNodes Nodes { get; } = new();
    public InMemoryUsers Users { get; }
    public InMemoryCampaigns Campaigns { get; } = new();
    public InMemoryReturns Returns { get; }
    public InMemoryInbox Inbox { get; } = new();
    public InMemoryOrders Orders { get; } = new();
    public RecordingEmail Email { get; } = new();
    public Node Jia { get; }
    public Node Yi { get; }
    public Node Bing { get; }
    public User Admin { get; }
    public User JiaOfficer { get; }
    public User YiOfficer { get; }
    public User BingOfficer { get; }

    private readonly ServiceProvider _services;

    public JobWorld(TimeProvider? time = null)
    {
        Users = new InMemoryUsers(Nodes);
        Returns = new InMemoryReturns(Nodes);
        var city = Nodes.Add(1, null, NodeLevel.City, "测试市");
        var district = Nodes.Add(2, 1, NodeLevel.District, "测试区");
        Jia = Nodes.Add(3, 2, NodeLevel.SubDistrict, "甲街道");
        Yi = Nodes.Add(4, 2, NodeLevel.SubDistrict, "乙街道");
        Bing = Nodes.Add(5, 2, NodeLevel.SubDistrict, "丙街道");
        Admin = Users.Add(10, Role.Admin, city.Id, "admin@example.gov.cn");
        JiaOfficer = Users.Add(11, Role.SubDistrictOfficer, Jia.Id, "jia@example.gov.cn");
        YiOfficer = Users.Add(12, Role.SubDistrictOfficer, Yi.Id);
        BingOfficer = Users.Add(13, Role.SubDistrictOfficer, Bing.Id);
        Users.Add(14, Role.BureauReviewer, district.Id, "bureau@example.gov.cn");
        Campaigns.Campaigns.Add(new Campaign { Id = 1, DistrictId = district.Id, Name = "清零", StartDate = ReportingCalendar.WeekStart(Week1) });
        foreach (var (s, i) in new[] { Jia, Yi, Bing }.Select((s, i) => (s, i)))
            Campaigns.Estates.Add(new CampaignEstate { CampaignId = 1, EstateId = 100 + i, SubDistrictId = s.Id, EstateName = $"小区{i}", Households = 50 });

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddPortalJobs(new ConfigurationBuilder().Build());
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddSingleton<INodeRepository>(Nodes);
        services.AddSingleton<IUserRepository>(Users);
        services.AddSingleton<ICampaignRepository>(Campaigns);
        services.AddSingleton<IWeeklyReturnRepository>(Returns);
        services.AddSingleton<INotificationRepository>(Inbox);
        services.AddSingleton<ISupervisionOrderRepository>(Orders);
        services.AddSingleton<IEmailSender>(Email);
        services.AddSingleton<DistrictPortal.Core.Data.IScheduledRunRepository>(new InMemoryScheduledRuns());
        _services = services.BuildServiceProvider();
    }

    public T Job<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>A local Asia/Shanghai time as UTC.</summary>
    public static DateTime Local(DateOnly day, int hour, int minute = 0, int second = 0) =>
        new DateTime(day, new TimeOnly(hour, minute, second), DateTimeKind.Utc).AddHours(-8);

    public static FixedTimeProvider Pinned(DateTime utc) =>
        new(new DateTimeOffset(utc, TimeSpan.Zero), ReportingCalendar.ShanghaiZone);

    public WeeklyReturn Submitted(Node subDistrict, DateOnly week, DateTime atUtc, ReturnStatus status = ReturnStatus.Submitted) =>
        Returns.Add(subDistrict.Id, week, status, atUtc);

    public IReadOnlyList<Notification> InboxOf(User user) => Inbox.All.Where(n => n.UserId == user.Id).ToList();

    public void Dispose() => _services.Dispose();
}
