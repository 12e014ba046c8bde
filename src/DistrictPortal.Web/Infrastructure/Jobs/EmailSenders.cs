using DistrictPortal.Core.Notifications;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using MimeKit.Text;
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

    /// <summary>Kept from the System.Net.Mail days: true means TLS (SslOnConnect on 465, STARTTLS otherwise) when <see cref="Security"/> is unset.</summary>
    public bool EnableSsl { get; set; }

    /// <summary>MailKit's choice: None, Auto, SslOnConnect, StartTls, StartTlsWhenAvailable. Unset: from <see cref="EnableSsl"/>, else STARTTLS when the server offers it.</summary>
    public SecureSocketOptions? Security { get; set; }

    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "noreply@localhost";

    /// <summary>How long one connection, command or send may take.</summary>
    public int TimeoutSeconds { get; set; } = 30;

    public SecureSocketOptions SocketOptions =>
        Security ?? (EnableSsl ? (Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls) : SecureSocketOptions.StartTlsWhenAvailable);
}

/// <summary>
/// Sends through the configured SMTP server with MailKit (Microsoft marks System.Net.Mail.SmtpClient as not for new
/// work: no modern authentication or TLS control). The subject and body go as UTF-8 (MimeKit encodes the Chinese
/// subject by RFC 2047, or sends it raw when the server offers SMTPUTF8). A failure is logged here and thrown; the
/// caller keeps the inbox item as the record.
/// </summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options, ILogger<SmtpEmailSender> log) : IEmailSender
{
    public async Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken = default)
    {
        var smtp = options.Value.Smtp;
        using var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(smtp.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart(TextFormat.Plain) { Text = body };
        using var client = new SmtpClient { Timeout = smtp.TimeoutSeconds * 1000 };
        try
        {
            await client.ConnectAsync(smtp.Host ?? "", smtp.Port, smtp.SocketOptions, cancellationToken);
            if (!string.IsNullOrEmpty(smtp.UserName))
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(true, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogWarning(ex, "Could not mail {To} about {Subject} through {Host}:{Port}", to, subject, smtp.Host, smtp.Port);
            throw;
        }
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
