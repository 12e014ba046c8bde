using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Hierarchy;

namespace DistrictPortal.Core.Notifications;

/// <summary>
/// The admin's group robot of a node: set (kind, webhook address, signing secret for DingTalk) and clear. The rules
/// and the audit entries are here; a blank address or secret keeps the stored one, so the form never has to show them.
/// Both are credentials, so the trail records the address masked and the secret only as "changed".
/// </summary>
public sealed class RobotWebhookService(IRobotWebhookRepository robots, INodeRepository nodes)
{
    public const int MaxUrlLength = 1000;
    public const int MaxSecretLength = 200;
    public const string Changed = "changed";

    public async Task<DomainResult> SetAsync(long nodeId, RobotKind? kind, string? url, string? secret, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await nodes.GetByIdAsync(nodeId) is not { } node)
            return DomainResult.Refuse(nameof(RobotWebhook.NodeId), ValidationCodes.NotFound);
        var existing = await robots.GetAsync(nodeId);
        // A blank address or secret keeps the stored one: both are credentials, so the form shows neither.
        url = string.IsNullOrWhiteSpace(url) ? existing?.Url : url.Trim();
        secret = string.IsNullOrWhiteSpace(secret) ? null : secret.Trim();
        var errors = new List<ValidationError>();
        if (kind is not { } k || !Enum.IsDefined(k))
            errors.Add(new(nameof(RobotWebhook.Kind), ValidationCodes.Required));
        if (string.IsNullOrEmpty(url))
            errors.Add(new(nameof(RobotWebhook.Url), ValidationCodes.Required));
        else if (url.Length > MaxUrlLength)
            errors.Add(new(nameof(RobotWebhook.Url), ValidationCodes.TooLong, MaxUrlLength));
        else if (!TextRule.IsCleanName(url) || !IsRobotUrl(kind, url))
            errors.Add(new(nameof(RobotWebhook.Url), ValidationCodes.Invalid));
        // Switching kind drops the old secret: a WeCom robot has none, and a DingTalk secret belongs to its own robot.
        var kept = existing?.Kind == kind ? existing?.Secret : null;
        var newSecret = kind == RobotKind.DingTalk ? secret ?? kept : null;
        if (secret is not null && secret.Length > MaxSecretLength)
            errors.Add(new(nameof(RobotWebhook.Secret), ValidationCodes.TooLong, MaxSecretLength));
        else if (!TextRule.IsCleanName(secret))
            errors.Add(new(nameof(RobotWebhook.Secret), TextRule.ControlCharacters));
        else if (kind == RobotKind.DingTalk && newSecret is null)
            errors.Add(new(nameof(RobotWebhook.Secret), ValidationCodes.Required));
        if (errors.Count > 0)
            return DomainResult.From(errors);

        var robot = new RobotWebhook
        {
            NodeId = nodeId, NodeName = node.Name, NodePath = node.Path, Kind = kind!.Value, Url = url!, Secret = newSecret, UpdatedUtc = context.AtUtc,
        };
        var audit = new AuditDiff(AuditEntities.RobotWebhook, nodeId, context);
        if (existing is null)
            audit.Action(AuditActions.Create, nameof(RobotWebhook.Url), null, MaskUrl(robot.Url));
        else
            audit.Field(nameof(RobotWebhook.Url), MaskUrl(existing.Url), MaskUrl(robot.Url));
        audit.Field(nameof(RobotWebhook.Kind), existing?.Kind, robot.Kind);
        if (existing?.Secret != robot.Secret)
            audit.Action(AuditActions.Update, nameof(RobotWebhook.Secret), null, robot.Secret is null ? null : Changed);
        if (audit.Entries.Count == 0)
            return DomainResult.Ok;
        await robots.SaveAsync(robot, audit.Entries);
        return DomainResult.Ok;
    }

    /// <summary>Removes the node's robot; clearing one that is not set changes nothing and is not refused.</summary>
    public async Task<DomainResult> ClearAsync(long nodeId, ChangeContext context)
    {
        if (await robots.GetAsync(nodeId) is not { } existing)
            return DomainResult.Ok;
        var audit = new AuditDiff(AuditEntities.RobotWebhook, nodeId, context)
            .Action(AuditActions.Delete, nameof(RobotWebhook.Url), MaskUrl(existing.Url), null).Entries;
        await robots.DeleteAsync(nodeId, audit);
        return DomainResult.Ok;
    }

    /// <summary>
    /// An absolute http(s) address carrying what the robot API needs: DingTalk's access_token, WeCom's key. Plain http
    /// is allowed for an intranet gateway (浙政钉 is often reached through one).
    /// </summary>
    public static bool IsRobotUrl(RobotKind? kind, string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || string.IsNullOrEmpty(uri.Host))
            return false;
        var query = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries);
        var needs = kind switch { RobotKind.DingTalk => "access_token=", RobotKind.WeCom => "key=", _ => null };
        return needs is null || query.Any(p => p.StartsWith(needs, StringComparison.Ordinal) && p.Length > needs.Length);
    }

    /// <summary>The address with each query value cut to its first and last four characters: enough to tell robots apart.</summary>
    public static string MaskUrl(string url)
    {
        var q = url.IndexOf('?', StringComparison.Ordinal);
        if (q < 0)
            return url;
        var parts = url[(q + 1)..].Split('&').Select(p =>
        {
            var eq = p.IndexOf('=', StringComparison.Ordinal);
            return eq < 0 ? p : p[..(eq + 1)] + Mask(p[(eq + 1)..]);
        });
        return url[..(q + 1)] + string.Join("&", parts);
    }

    /// <summary>A secret as a page may show it: its last four characters.</summary>
    public static string MaskSecret(string? secret) => secret is null ? "" : secret.Length <= 8 ? "••••" : "••••" + secret[^4..];

    private static string Mask(string value) => value.Length <= 8 ? "••••" : $"{value[..4]}…{value[^4..]}";
}
