using DistrictPortal.Core.Notifications;
using Hangfire;

namespace DistrictPortal.Web.Infrastructure.Jobs;

/// <summary>
/// The Friday-return jobs and their schedule.
/// Why every five minutes in UTC rather than cron at "09:00 Friday" and "17:00 Friday" in Asia/Shanghai: the moment
/// is not fixed. Each campaign sets its own day and time, and the holiday calendar moves a deadline back to the last
/// working day (a Friday holiday makes it Thursday), which cron cannot know. A cron at 17:00 would also run at the
/// deadline second itself, when nothing is overdue yet (17:00:00 is on time). So each job runs often, asks the
/// reporting calendar whether its moment has passed, and relies on dedup keys and idempotent writes to do
/// everything exactly once; a server that was down at the moment catches up on its next run.
/// </summary>
public static class JobRegistration
{
    public const string EveryFiveMinutes = "*/5 * * * *";

    public static IServiceCollection AddPortalJobs(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<EmailOptions>(config.GetSection(EmailOptions.Section));
        var email = config.GetSection(EmailOptions.Section).Get<EmailOptions>() ?? new EmailOptions();
        if (email.HasSmtp)
            services.AddSingleton<IEmailSender, SmtpEmailSender>();
        else
            services.AddSingleton<IEmailSender, LoggingEmailSender>();

        services.AddSingleton<CampaignDirectory>();
        // Every scheduled run claims its slot in the portal database first: one server runs it (issue 19).
        services.AddSingleton<ScheduledRuns>();
        services.AddTransient<PortalNotifier>();
        services.AddTransient<DeadlineReminderJob>();
        services.AddTransient<OverdueMarkingJob>();
        services.AddTransient<SupervisionOrderJob>();
        // The job raises orders through Core's workflow, as the supervision pages close them.
        services.AddTransient<DistrictPortal.Core.Notifications.SupervisionService>();
        services.AddTransient<WeekCloseSnapshotJob>();
        services.AddTransient<SupervisionEscalationJob>();
        services.AddHostedService<RecurringJobSchedule>();
        return services;
    }
}

/// <summary>Writes the recurring schedule into Hangfire's storage at start-up (AddOrUpdate: every web server may do it).</summary>
public sealed class RecurringJobSchedule(IRecurringJobManager manager) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var utc = new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc };
        manager.AddOrUpdate<DeadlineReminderJob>(DeadlineReminderJob.RecurringId, j => j.RunScheduledAsync(), JobRegistration.EveryFiveMinutes, utc);
        manager.AddOrUpdate<OverdueMarkingJob>(OverdueMarkingJob.RecurringId, j => j.RunScheduledAsync(), JobRegistration.EveryFiveMinutes, utc);
        manager.AddOrUpdate<WeekCloseSnapshotJob>(WeekCloseSnapshotJob.RecurringId, j => j.RunScheduledAsync(), Cron.Hourly(), utc);
        manager.AddOrUpdate<Notices.WebhookDeliveryJob>(Notices.WebhookDeliveryJob.RecurringId, j => j.RunScheduledAsync(), Cron.Minutely(), utc);
        manager.AddOrUpdate<SupervisionEscalationJob>(SupervisionEscalationJob.RecurringId, j => j.RunScheduledAsync(), Cron.Hourly(), utc);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
