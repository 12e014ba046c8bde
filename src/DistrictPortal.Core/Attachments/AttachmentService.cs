using System.Globalization;
using System.Security.Cryptography;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;

namespace DistrictPortal.Core.Attachments;

/// <summary>
/// Adds evidence files. The rules are here: a file is not empty, not over the configured size, one of the four types by
/// its bytes (<see cref="FileSignature"/>), and its name is a clean name of at most <see cref="MaxFileNameLength"/>
/// characters (a path is cut to its last part); the audit entry names the file, its type, size and SHA-256. Who may
/// attach to what, and scope, is the caller's test before this is called.
/// </summary>
public sealed class AttachmentService(IAttachmentRepository attachments)
{
    public const int MaxFileNameLength = 120;
    /// <summary>The default size limit (10 MB): a scanned contract of a dozen pages, or a phone photo, fits.</summary>
    public const long DefaultMaxBytes = 10L * 1024 * 1024;
    /// <summary>What configuration may raise the limit to: a database row holds the bytes, and a request reads them whole.</summary>
    public const long LargestMaxBytes = 50L * 1024 * 1024;

    public const string FileField = "File";

    public async Task<DomainResult<long>> AddAsync(
        AttachmentOwnerKind ownerKind, long ownerId, long nodeId, string? fileName, byte[] content, long maxBytes, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(context);
        var (attachment, errors) = Check(ownerKind, ownerId, nodeId, fileName, content, maxBytes);
        if (errors.Count > 0)
            return DomainResult<long>.From(errors);
        attachment!.UploadedUtc = context.AtUtc;
        attachment.UploadedByUserId = context.UserId;
        attachment.UploadedByName = context.UserName;
        return DomainResult<long>.Done(await attachments.AddAsync(attachment, Added(attachment, context)));
    }

    /// <summary>The attachment the upload makes, or the refusals (all of them, by field).</summary>
    public static (Attachment? Attachment, IReadOnlyList<ValidationError> Errors) Check(
        AttachmentOwnerKind ownerKind, long ownerId, long nodeId, string? fileName, byte[] content, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(content);
        var errors = new List<ValidationError>();
        if (!Enum.IsDefined(ownerKind) || ownerId <= 0 || nodeId <= 0)
            errors.Add(new(nameof(Attachment.OwnerId), ValidationCodes.NotFound));
        var limit = Math.Clamp(maxBytes, 1, LargestMaxBytes);
        AttachmentType? type = null;
        if (content.Length == 0)
            errors.Add(new(FileField, ValidationCodes.Required));
        else if (content.Length > limit)
            errors.Add(new(FileField, ValidationCodes.FileTooLarge, limit / (1024 * 1024)));
        else if ((type = FileSignature.Detect(content)) is null)
            errors.Add(new(FileField, ValidationCodes.FileType));
        var name = CleanFileName(fileName);
        if (name.Length > MaxFileNameLength)
            errors.Add(new(nameof(Attachment.FileName), ValidationCodes.TooLong, MaxFileNameLength));
        else
            TextRule.CheckName(errors, nameof(Attachment.FileName), name);
        if (errors.Count > 0)
            return (null, errors);
        return (new Attachment
        {
            OwnerKind = ownerKind, OwnerId = ownerId, NodeId = nodeId, Type = type!.Value, SizeBytes = content.Length, Content = content,
            Sha256 = Convert.ToHexString(SHA256.HashData(content)).ToLowerInvariant(),
            FileName = name.Length == 0 ? "附件" + Attachment.ExtensionOf(type.Value) : name,
        }, errors);
    }

    /// <summary>The last part of a path (browsers of old sent "C:\…\合同.pdf"), trimmed.</summary>
    public static string CleanFileName(string? fileName)
    {
        var name = (fileName ?? "").Trim();
        var cut = name.LastIndexOfAny(['/', '\\']);
        return (cut >= 0 ? name[(cut + 1)..] : name).Trim();
    }

    /// <summary>The entry of an added file (its id stamped by the repository): owner, name, type, size and hash.</summary>
    public static IReadOnlyList<AuditEntry> Added(Attachment a, ChangeContext context) =>
        new AuditDiff(AuditEntities.Attachment, AuditEntry.NewRow, context)
            .Action(AuditActions.Create, newValue: string.Create(CultureInfo.InvariantCulture,
                $"{a.OwnerKind}:{a.OwnerId} node {a.NodeId} {a.FileName} {a.Type} {a.SizeBytes} B sha256 {a.Sha256}")).Entries;
}
