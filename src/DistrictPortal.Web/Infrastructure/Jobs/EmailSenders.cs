using System.Net;
using System.Net.Mail;
using DistrictPortal.Core.Notifications;
using Microsoft.Extensions.Options;

namespace DistrictPortal.Web.Infrastructure.Jobs;

/// <summary>The "Email" section. SMTP is used when Email:Smtp:Host is set; otherwise mail is only written to the log.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    /// <summary>The portal's public address, so a mail can carry a full link (e.g. https://portal.example.gov.cn).</summary>
    public string? PortalUrl { get; set; }

    public SmtpOptions Smtp { get; set; } = new();

    public bool HasSmtp => !string.IsNullOrWhiteSpace(Smtp.Host);
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public bool EnableSsl { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "noreply@localhost";
}

/// <summary>Sends through the configured SMTP server.</summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options) : IEmailSender
{
    public async Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken = default)
    {
        var smtp = options.Value.Smtp;
        using var client = new SmtpClient(smtp.Host, smtp.Port) { EnableSsl = smtp.EnableSsl };
        if (!string.IsNullOrEmpty(smtp.UserName))
            client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
        using var message = new MailMessage(smtp.From, to, subject, body)
        {
            SubjectEncoding = System.Text.Encoding.UTF8,
            BodyEncoding = System.Text.Encoding.UTF8,
        };
        await client.SendMailAsync(message, cancellationToken);
    }
}

/// <summary>No SMTP configured (development, demos): the mail is written to the log instead, so nothing is lost silently.</summary>
public sealed class LoggingEmailSender(ILogger<LoggingEmailSender> log) : IEmailSender
{
    public Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken = default)
    {
        log.LogInformation("E-mail (no SMTP configured) to {To}: {Subject}\n{Body}", to, subject, body);
        return Task.CompletedTask;
    }
}
