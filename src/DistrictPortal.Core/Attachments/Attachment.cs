namespace DistrictPortal.Core.Attachments;

/// <summary>What an attachment is evidence for (证明材料). The owner's id is <see cref="Attachment.OwnerId"/>.</summary>
public enum AttachmentOwnerKind
{
    /// <summary>The estate itself (its id).</summary>
    Estate = 1,
    /// <summary>A row of a weekly return: the return's id, the row's estate in <see cref="Attachment.NodeId"/>.</summary>
    ReturnRow = 2,
    /// <summary>The estate's residents' consultation (征询, P8): the estate's id.</summary>
    Consultation = 3,
    /// <summary>The estate's owners' committee filing (备案, P9): the estate's id.</summary>
    CommitteeFiling = 4,
    /// <summary>A look-back inspection (回头看, P11): its id.</summary>
    LookBack = 5,
    /// <summary>A supervision order's answer (督办反馈): the order's id.</summary>
    SupervisionAnswer = 6,
    /// <summary>A property service contract's signed file (物业服务合同, issue 20): the contract's id.</summary>
    ServiceContract = 7,
}

/// <summary>The file types evidence may be, decided from the bytes (<see cref="FileSignature"/>), never from the name.</summary>
public enum AttachmentType
{
    Pdf = 1,
    Jpeg = 2,
    Png = 3,
    Xlsx = 4,
}

/// <summary>
/// An evidence file (证明材料) attached to an estate, a return row, a consultation, a committee filing, a look-back or a
/// supervision order's answer. Stored in the database (so every web server behind the load balancer serves it), read
/// inside the scope of <see cref="NodeId"/> only.
/// </summary>
public sealed class Attachment
{
    public long Id { get; set; }
    public AttachmentOwnerKind OwnerKind { get; set; }
    public long OwnerId { get; set; }
    /// <summary>The node whose scope the file belongs to: the estate, or the sub-district of an order.</summary>
    public long NodeId { get; set; }
    /// <summary>The name as uploaded (cleaned), for the download; the type never comes from it.</summary>
    public string FileName { get; set; } = "";
    public AttachmentType Type { get; set; }
    public long SizeBytes { get; set; }
    /// <summary>SHA-256 of the content, hex, so the audit trail names the very file.</summary>
    public string Sha256 { get; set; } = "";
    public DateTime UploadedUtc { get; set; }
    public long UploadedByUserId { get; set; }
    public string UploadedByName { get; set; } = "";

    // Read-only context filled by reads.
    /// <summary>The node's current path, for the scope test.</summary>
    public string NodePath { get; set; } = "";
    public string NodeName { get; set; } = "";
    /// <summary>The bytes; empty in lists (only <see cref="IAttachmentRepository.GetContentAsync"/> reads them).</summary>
    public byte[] Content { get; set; } = [];

    public string ContentType => ContentTypeOf(Type);

    /// <summary>The name to download under: the uploaded name, with the detected type's extension unless it already ends so.</summary>
    public string DownloadName =>
        FileName.EndsWith(ExtensionOf(Type), StringComparison.OrdinalIgnoreCase)
        || (Type == AttachmentType.Jpeg && FileName.EndsWith(".jpeg", StringComparison.OrdinalIgnoreCase))
            ? FileName
            : FileName + ExtensionOf(Type);

    public static string ContentTypeOf(AttachmentType type) => type switch
    {
        AttachmentType.Pdf => "application/pdf",
        AttachmentType.Jpeg => "image/jpeg",
        AttachmentType.Png => "image/png",
        AttachmentType.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/octet-stream",
    };

    /// <summary>The extension the download carries: the detected type's, whatever the uploaded name said.</summary>
    public static string ExtensionOf(AttachmentType type) => type switch
    {
        AttachmentType.Pdf => ".pdf",
        AttachmentType.Jpeg => ".jpg",
        AttachmentType.Png => ".png",
        AttachmentType.Xlsx => ".xlsx",
        _ => ".bin",
    };
}

/// <summary>
/// Attachments. Stores and reads only: the rules (type, size, name) and the audit entries are
/// <see cref="AttachmentService"/>'s; the write stores the row with its entries in one transaction.
/// </summary>
public interface IAttachmentRepository
{
    /// <summary>Inserts the file with its audit entries (made for <see cref="Auditing.AuditEntry.NewRow"/>); returns the id and sets it.</summary>
    Task<long> AddAsync(Attachment attachment, IReadOnlyList<Auditing.AuditEntry> audit);

    /// <summary>The attachment without its bytes, with its node's path and name; null when missing.</summary>
    Task<Attachment?> GetByIdAsync(long id);

    /// <summary>The attachment with its bytes; null when missing.</summary>
    Task<Attachment?> GetContentAsync(long id);

    /// <summary>The owner's attachments without their bytes, oldest first.</summary>
    Task<IReadOnlyList<Attachment>> ListByOwnerAsync(AttachmentOwnerKind ownerKind, long ownerId);

    /// <summary>How many attachments the node has, whatever their owner kind (the strike-off evidence rule asks).</summary>
    Task<int> CountForNodeAsync(long nodeId);
}
