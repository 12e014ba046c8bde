using DistrictPortal.Core.Identity;
using DistrictPortal.Data.Sqlite;
using DistrictPortal.Data.SqlServer;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.DataProtection;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Infrastructure.Jobs;
using DistrictPortal.Web.Infrastructure.Mvc;
using DistrictPortal.Web.Infrastructure.Security;
using DistrictPortal.Web.Features.Account;
using DistrictPortal.Web.Features.Home;
using DistrictPortal.Web.Features.Returns;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace DistrictPortal.Web.Infrastructure.Startup;

/// <summary>Everything the portal registers, read from configuration once at start-up.</summary>
public static class PortalServices
{
    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var services = builder.Services;
        var contentRoot = builder.Environment.ContentRootPath;

        services.Configure<PortalOptions>(config.GetSection(PortalOptions.Section));
        services.Configure<DatabaseOptions>(config.GetSection(DatabaseOptions.Section));
        services.Configure<HangfireOptions>(config.GetSection(HangfireOptions.Section));
        var portal = config.GetSection(PortalOptions.Section).Get<PortalOptions>() ?? new PortalOptions();
        var database = config.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var hangfire = config.GetSection(HangfireOptions.Section).Get<HangfireOptions>() ?? new HangfireOptions();

        AddClock(services, portal, builder.Environment);

        var connectionString = PortalConnectionString(config, database.Provider, contentRoot);
        if (database.Provider == DatabaseProvider.SqlServer)
            services.AddPortalSqlServer(connectionString);
        else
            services.AddPortalSqlite(connectionString);
        services.AddHostedService<DemoDataGuard>(); // before PortalStartup: demo data outside Development refuses the start first
        services.AddHostedService<PortalStartup>();
        services.AddTransient<DemoDataSeeder>();
        services.AddTransient<DemoReturnHistory>();
        services.AddTransient<DemoCommittees>();
        services.AddTransient<DemoRetrofit>();
        services.AddTransient<DemoFunding>();
        services.AddTransient<DemoGovernance>();
        services.AddTransient<DemoEnterprises>();
        services.AddTransient<DemoPackages>();
        services.AddTransient<DemoGovernancePlans>();

        services.AddPortalHangfire(database.Provider, hangfire, connectionString, contentRoot);
        services.AddPortalJobs(config);
        Infrastructure.Notices.NoticeRegistration.AddPortalNotices(services, config);
        // The Friday return: the application service over Core's rules, the list, and the home page's panel.
        services.AddScoped<ReturnService>();
        services.AddScoped<DistrictPortal.Core.Returns.ReturnWorkflowService>();
        services.AddScoped<DistrictPortal.Core.Returns.ReturnShareService>();
        services.AddScoped<ReturnList>();
        services.AddScoped<ThisWeek>();
        services.AddScoped<Features.Home.ReviewReasons>();
        DistrictPortal.Web.Features.Exports.DocumentServices.AddPortalDocuments(services);
        services.AddScoped<DistrictPortal.Core.Retrofit.RetrofitService>();
        services.AddScoped<DistrictPortal.Core.Funding.FundingService>();
        services.AddScoped<DistrictPortal.Core.Hierarchy.HierarchyService>();
        services.AddScoped<DistrictPortal.Core.Estates.EstateService>();
        services.AddScoped<DistrictPortal.Core.Committees.CommitteeService>();
        services.AddScoped<DistrictPortal.Core.Campaigns.CampaignService>();
        services.AddScoped<DistrictPortal.Core.Campaigns.HolidayCalendarService>();
        services.AddScoped<DistrictPortal.Core.Hierarchy.ResponsibleService>();
        services.AddScoped<DistrictPortal.Core.Plans.PhaseService>();
        services.AddScoped<DistrictPortal.Core.Plans.PlanService>();
        services.AddScoped<DistrictPortal.Core.Enterprises.EnterpriseService>();
        services.AddScoped<DistrictPortal.Core.Enterprises.ContractService>();
        services.AddScoped<DistrictPortal.Core.Management.ManagementService>();
        services.AddScoped<DistrictPortal.Web.Features.Enterprises.BriefingContracts>();
        services.AddScoped<DistrictPortal.Web.Features.Plans.PlanPage>();
        services.AddScoped<DistrictPortal.Web.Features.Plans.PlannedDates>();
        services.AddScoped<DistrictPortal.Web.Features.Plans.LeaguePlanColumn>();
        services.AddScoped<DistrictPortal.Web.Features.Plans.BriefingPlans>();
        // Mode 4 (街道集中管理, issue 20): packages, their records and the briefing's part.
        services.AddScoped<DistrictPortal.Core.Packages.PackageService>();
        services.AddScoped<DistrictPortal.Web.Features.Packages.PackagePage>();
        services.AddScoped<DistrictPortal.Web.Features.Packages.BriefingPackages>();
        DistrictPortal.Web.Features.Governance.GovernanceServices.AddPortalGovernance(services, config);
        DistrictPortal.Web.Features.Standards.StandardsServices.AddPortalStandards(services);
        services.AddScoped<Features.League.LeagueBuilder>();
        services.AddScoped<Features.League.LeagueAccess>();
        services.AddScoped<Features.League.LeagueWiring>();
        services.AddSingleton<Features.League.ChartCache>();
        services.AddSingleton<Features.League.LeagueTableCache>();
        services.AddSingleton<Features.League.LeagueTrendSource.Cache>();
        services.AddScoped<Features.League.LeagueTrendSource>();
        services.AddSingleton<Caching.ChangeStampedReads>();
        services.AddOutputCache(options => options.AddPolicy(Features.League.LeaguePagePolicy.Name, new Features.League.LeaguePagePolicy()));
        AddKeyRing(services, config, contentRoot);
        AddSignIn(services);
        builder.AddTransportSecurity();
        AddMvc(services);
        return builder;
    }

    private static void AddClock(IServiceCollection services, PortalOptions portal, IWebHostEnvironment environment)
    {
        var zone = PortalClock.FindZone(portal.TimeZone);
        // A pinned clock is a development aid; in any other environment it would falsify deadlines and audit times.
        TimeProvider time = environment.IsDevelopment() && !string.IsNullOrWhiteSpace(portal.Now)
            ? new FixedTimeProvider(FixedTimeProvider.Parse(portal.Now), zone)
            : TimeProvider.System;
        services.AddSingleton(time);
        services.AddSingleton(sp => new PortalClock(sp.GetRequiredService<TimeProvider>(), zone));
    }

    public static string PortalConnectionString(IConfiguration config, DatabaseProvider provider, string contentRoot)
    {
        var configured = config.GetConnectionString("Portal");
        if (!string.IsNullOrWhiteSpace(configured))
            return configured;
        if (provider == DatabaseProvider.SqlServer)
            throw new InvalidOperationException("ConnectionStrings:Portal is required when Database:Provider is SqlServer.");
        var folder = Directory.CreateDirectory(Path.Combine(contentRoot, "App_Data")).FullName;
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "portal.db") }.ToString();
    }

    private static void AddKeyRing(IServiceCollection services, IConfiguration config, string contentRoot)
    {
        // The database by default, so several web servers share one ring; a folder only when one is configured.
        var configured = config.GetSection(Configuration.DataProtectionOptions.Section).Get<Configuration.DataProtectionOptions>()?.KeysPath;
        if (string.IsNullOrWhiteSpace(configured))
        {
            services.AddSingleton<IDataProtectionKeyStore, DatabaseDataProtectionKeyStore>();
        }
        else
        {
            var folder = Path.GetFullPath(configured, contentRoot);
            services.AddSingleton<IDataProtectionKeyStore>(sp =>
                new FileSystemDataProtectionKeyStore(folder, sp.GetRequiredService<ILoggerFactory>()));
        }
        var dataProtection = services.AddDataProtection().SetApplicationName("DistrictPortal");
        // Encrypted at rest when a certificate is configured: a copy of the database (or folder) alone then signs no cookie.
        if (KeyRingCertificate.Load(config, contentRoot) is { } certificate)
            dataProtection.ProtectKeysWithCertificate(certificate);
        services.AddOptions<KeyManagementOptions>()
            .Configure<IDataProtectionKeyStore>((options, store) => options.XmlRepository = new KeyStoreXmlRepository(store));
    }

    private static void AddSignIn(IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
        services.AddScoped<CurrentUser>();
        services.AddScoped<ScopeGuard>();
        services.AddScoped<SignInService>();
        services.AddScoped<AccountSessions>();
        services.AddSingleton<SignInAddressThrottle>();
        services.AddScoped<PortalCookieEvents>();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.LoginPath = "/account/login";
                options.LogoutPath = "/account/logout";
                options.Cookie.Name = "DistrictPortal.Auth";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                options.EventsType = typeof(PortalCookieEvents);
            });
        services.AddAuthorization(PortalPolicies.Add);
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "DistrictPortal.Antiforgery";
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
    }

    private static void AddMvc(IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddSingleton<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>, Infrastructure.Localization.CachedSharedLocalizer>();
        // Chinese text goes into pages as characters, not as &#x...; entities (still HTML-encoded where it must be).
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddSingleton<IConfigureOptions<MvcOptions>, LocalizedBindingMessages>();
        services.AddControllersWithViews(options =>
            {
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                // Hostile input refused before binding, for every action (issue 14): NUL, implausible dates, a form
                // field contradicting the address.
                options.Filters.Add<Requests.RequestSizeFilter>();
                options.Filters.Add<Requests.NulFormFilter>();
                options.Filters.Add<Requests.PlausibleDatesFilter>();
                options.Filters.Add<Requests.RouteFormAgreementFilter>();
                options.ModelBinderProviders.Insert(0, new CheckboxModelBinderProvider());
                options.ModelBinderProviders.Insert(0, new Features.Returns.ReturnRowsBinderProvider()); // issue 19: the Friday peak
                options.Filters.Add(new Features.Shared.DatabaseBusyFilter());
            })
            .AddRazorOptions(options => options.ViewLocationExpanders.Add(new FeatureViewLocationExpander()))
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        // Our forms name every required field themselves, in the user's language.
        services.Configure<MvcOptions>(options => options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true);
    }
}
