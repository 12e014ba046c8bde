using DistrictPortal.Core.Notifications;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace DistrictPortal.Web.Infrastructure.Notices;

/// <summary>Notices (issue 15): Core's notice service, its wording from the resources, the group robots' client and job.</summary>
public static class NoticeRegistration
{
    public static IServiceCollection AddPortalNotices(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<RobotOptions>(config.GetSection(RobotOptions.Section));
        services.AddTransient<INoticeWording, ResourceNoticeWording>();
        services.AddTransient<IPortalNotices, NoticeService>();
        services.AddTransient<RobotWebhookService>();
        services.AddTransient<RobotPoster>();
        services.AddTransient<WebhookDeliveryJob>();
        // Retries are Microsoft.Extensions.Http.Resilience's (Polly): transient answers (5xx, 408, 429) and network
        // errors, exponential back-off with jitter, each attempt under its own timeout. A robot's 200 with an errcode
        // is not transient (bad signature, keyword) and is left to the job's next run.
        services.AddHttpClient(RobotPoster.ClientName)
            .AddResilienceHandler("robots", (pipeline, context) =>
            {
                var o = context.ServiceProvider.GetRequiredService<IOptions<RobotOptions>>().Value;
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = Math.Max(1, o.RetryAttempts),
                    Delay = o.RetryDelay,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                });
                pipeline.AddTimeout(o.AttemptTimeout);
            });
        return services;
    }
}
