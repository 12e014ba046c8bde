using DistrictPortal.Web.Features.Matrix;

namespace DistrictPortal.Web.Features.Exports;

/// <summary>The services of the Excel exports, the registry import and the briefings, registered by one line in PortalServices.</summary>
public static class DocumentServices
{
    public static IServiceCollection AddPortalDocuments(this IServiceCollection services)
    {
        services.AddScoped<MatrixBuilder>();
        services.AddSingleton<Import.PendingImport>();
        services.AddSingleton<Import.ImportLimiter>();
        services.AddScoped<Briefings.BriefingAssembler>();
        services.AddScoped<Briefings.BriefingSections>();
        services.AddTransient<Briefings.WeeklyBriefingPackJob>();
        services.AddHostedService<Briefings.BriefingPackSchedule>();
        return services;
    }
}
