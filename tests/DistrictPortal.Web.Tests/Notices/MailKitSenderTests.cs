using DistrictPortal.Web.Infrastructure.Jobs;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace DistrictPortal.Web.Tests.Notices;

/// <summary>Mail goes through MailKit (issue 15): a local SMTP listener receives it with the Chinese subject and body intact.</summary>
public sealed class MailKitSenderTests
{
    private static SmtpEmailSender Sender(int port) => new(Options.Create(new EmailOptions
    {
        Smtp = new SmtpOptions { Host = "127.0.0.1", Port = port, From = "portal@example.gov.cn", TimeoutSeconds = 10 },
    }), NullLogger<SmtpEmailSender>.Instance);

    [Fact]
    public async Task A_mail_arrives_once_with_its_UTF8_Chinese_subject_and_body_intact()
    {
        using var smtp = new SmtpListener();
        const string subject = "牌楼街道 2026-11-27 周报被退回";
        const string body = "区住建局审核员 退回了 牌楼街道 截至 2026-11-27 的周报。退回理由：请补充照片\n逐行意见：金星小区：缺少照片";

        await Sender(smtp.Port).SendAsync("pailou@example.gov.cn", subject, body);

        var raw = Assert.Single(smtp.Messages);
        Assert.Contains("pailou@example.gov.cn", Assert.Single(smtp.Recipients), StringComparison.Ordinal);
        using var message = MimeMessage.Load(new MemoryStream(raw));
        Assert.Equal(subject, message.Subject);
        Assert.Equal(body, message.TextBody!.ReplaceLineEndings("\n").TrimEnd('\n'));
        Assert.Equal("portal@example.gov.cn", message.From.Mailboxes.Single().Address);
        // Sent as RFC 2047 encoded-words (the listener offers no SMTPUTF8): no raw 8-bit bytes in the subject line.
        var header = System.Text.Encoding.Latin1.GetString(raw).Split("\r\n").First(l => l.StartsWith("Subject:", StringComparison.Ordinal));
        Assert.Contains("=?utf-8?", header, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_server_that_is_not_there_is_an_error_for_the_caller_to_log_not_a_hang()
    {
        var port = RobotListener.FreePort();
        await Assert.ThrowsAnyAsync<Exception>(() => Sender(port).SendAsync("x@example.gov.cn", "主题", "正文"));
    }
}
