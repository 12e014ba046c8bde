using DistrictPortal.Web.Features.Attachments;

namespace DistrictPortal.Web.Features.Governance;

/// <summary>The services of campaign governance (issue 16): evidence attachments, supervision by hand, accountability, coordination items, look-back …</summary>
public static class GovernanceServices
{
    public static IServiceCollection AddPortalGovernance(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<AttachmentOptions>(config.GetSection(AttachmentOptions.Section));
        services.AddScoped<Core.Attachments.AttachmentService>();
        services.AddScoped<AttachmentOwners>();
        services.AddScoped<Core.Accountability.AccountabilityService>();
        services.AddScoped<Core.Coordination.CoordinationService>();
        services.AddScoped<Coordination.CoordinationStates>();
        services.Configure<LookBacks.LookBackOptions>(config.GetSection(LookBacks.LookBackOptions.Section));
        services.AddScoped<Core.LookBacks.LookBackService>();
        services.AddScoped<Core.LookBacks.StrikeOffEvidence>();
        return services;
    }
}
