using DistrictPortal.Web.Infrastructure.Jobs;
using DistrictPortal.Web.Infrastructure.Localization;
using DistrictPortal.Web.Infrastructure.Security;
using Hangfire;

namespace DistrictPortal.Web.Infrastructure.Startup;

public static class PortalPipeline
{
    /// <summary>
    /// Sent with every answer: no MIME sniffing, no framing by other sites, no page address leaked to other sites, and a
    /// content security policy whose default is the portal itself (<c>default-src 'self'</c>): scripts, styles, images,
    /// fonts and connections from nowhere else, no plugins, forms and base URLs only to the portal. Two allowances the
    /// pages still need: inline style attributes (indentation and scroll boxes) and inline event handlers (print and
    /// confirm buttons, a filter that submits on change); moving those handlers into a script file would let
    /// <c>script-src</c> drop <c>'unsafe-inline'</c>. A response may set a stricter policy of its own (the league chart does).
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    public static readonly IReadOnlyDictionary<string, string> SecurityHeaders = new Dictionary<string, string>
    {
        ["X-Content-Type-Options"] = "nosniff",
        ["X-Frame-Options"] = "SAMEORIGIN",
        ["Referrer-Policy"] = "same-origin",
        ["Content-Security-Policy"] = ContentSecurityPolicy,
    };

    public static WebApplication UsePortal(this WebApplication app)
    {
        app.UseTransportSecurity();
        app.Use((context, next) =>
        {
            foreach (var (name, value) in SecurityHeaders)
                context.Response.Headers[name] = value;
            return next(context);
        });
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/error/500");
        // 403, 404 and 400 (a missing anti-forgery token) get a page in the portal's look, status kept.
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        // A request's own fault (too large, a NUL, a form past its limits) is a logged 400/413 with that page, not a 500.
        app.UseMiddleware<Requests.BadRequestMapping>();
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
