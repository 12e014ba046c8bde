namespace DistrictPortal.Web.Features.Standards;

/// <summary>The services of the service standards and inspections (issue 20 item 5), wired by one line at start-up.</summary>
public static class StandardsServices
{
    public static IServiceCollection AddPortalStandards(this IServiceCollection services)
    {
        services.AddScoped<Core.Standards.StandardsService>();
        services.AddScoped<Inspections.LeagueStandardsColumn>();
        services.AddScoped<Inspections.BriefingStandards>();
        services.AddScoped<Inspections.InspectionGroupings>();
        services.AddTransient<Infrastructure.DemoData.DemoInspections>();
        return services;
    }
}
