using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DistrictPortal.Core.Notifications;

namespace DistrictPortal.Web.Infrastructure.Notices;

/// <summary>What became of one post: delivered, or why not.</summary>
public sealed record RobotPostResult(bool Delivered, string? Error)
{
    public static readonly RobotPostResult Ok = new(true, null);
}

/// <summary>
/// Posts one outbox message to a group robot. DingTalk / 浙政钉 custom robots sign the request (加签): timestamp in
/// milliseconds and sign = URL-encoded base64 of HMAC-SHA256 over "timestamp\nsecret" keyed by the secret, both as query
/// parameters; WeCom robots take the key already in the address. Both take {"msgtype":"text","text":{"content":…}} and
/// answer 200 with {"errcode":0}; a non-zero errcode (bad signature, keyword missing, rate limit) is a failure too.
/// Retries on 5xx and network errors are the HttpClient's resilience handler's (<see cref="NoticeRegistration"/>).
/// </summary>
public sealed class RobotPoster(IHttpClientFactory clients, TimeProvider time)
{
    public const string ClientName = "robots";

    public async Task<RobotPostResult> PostAsync(RobotWebhook robot, WebhookDelivery delivery, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(robot);
        ArgumentNullException.ThrowIfNull(delivery);
        var url = robot.Kind == RobotKind.DingTalk && robot.Secret is { Length: > 0 } secret
            ? SignedUrl(robot.Url, secret, time.GetUtcNow().ToUnixTimeMilliseconds())
            : robot.Url;
        var content = string.IsNullOrEmpty(delivery.Link) ? $"{delivery.Title}\n{delivery.Body}" : $"{delivery.Title}\n{delivery.Body}\n{delivery.Link}";
        try
        {
            using var response = await clients.CreateClient(ClientName).PostAsJsonAsync(url, new { msgtype = "text", text = new { content } }, cancellationToken);
            var answer = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
                return new(false, $"HTTP {(int)response.StatusCode}");
            return ErrorCode(answer) is { } code and not 0 ? new(false, $"errcode {code}: {Cut(answer)}") : RobotPostResult.Ok;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or Polly.Timeout.TimeoutRejectedException)
        {
            return new(false, $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    /// <summary>The webhook with DingTalk's timestamp and signature appended.</summary>
    public static string SignedUrl(string url, string secret, long timestampMs)
    {
        var timestamp = timestampMs.ToString(CultureInfo.InvariantCulture);
        var separator = url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        return $"{url}{separator}timestamp={timestamp}&sign={Uri.EscapeDataString(Signature(timestamp, secret))}";
    }

    /// <summary>base64(HMAC-SHA256(key: secret, data: timestamp + "\n" + secret)), before URL encoding.</summary>
    public static string Signature(string timestamp, string secret)
    {
        var key = Encoding.UTF8.GetBytes(secret);
        return Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{timestamp}\n{secret}")));
    }

    private static long? ErrorCode(string answer)
    {
        try
        {
            using var json = JsonDocument.Parse(answer);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("errcode", out var code) && code.TryGetInt64(out var n) ? n : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Cut(string text) => text.Length > 200 ? text[..200] : text;
}
