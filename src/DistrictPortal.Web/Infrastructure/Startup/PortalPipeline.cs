using DistrictPortal.Web.Infrastructure.Jobs;
using DistrictPortal.Web.Infrastructure.Localization;
using Hangfire;

namespace DistrictPortal.Web.Infrastructure.Startup;

public static class PortalPipeline
{
    public static WebApplication UsePortal(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/error/500");
        // 403, 404 and 400 (a missing anti-forgery token) get a page in the portal's look, status kept.
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        // Static files are served before authentication: the sign-in page needs its stylesheet.
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRequestLocalization(PortalCultures.Options());
        app.UseAuthentication();
        app.UseAuthorization();
        // After sign-in and authorisation: a page served from the output cache has passed the same checks.
        app.UseOutputCache();
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new AdminDashboardAuthorizationFilter()],
            AppPath = "/",
            DisplayStorageConnectionString = false,
        });
        app.MapControllers();
        return app;
    }
}
