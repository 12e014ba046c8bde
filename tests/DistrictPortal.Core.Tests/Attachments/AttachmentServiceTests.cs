using DistrictPortal.Core.Attachments;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Tests.Retrofit;

namespace DistrictPortal.Core.Tests.Attachments;

public sealed class AttachmentServiceTests
{
    private static readonly ChangeContext Officer = new(5, "pailou", new DateTime(2026, 12, 4, 2, 0, 0, DateTimeKind.Utc));
    private static readonly byte[] Pdf = "%PDF-1.7 合同"u8.ToArray();

    private sealed class Store : IAttachmentRepository
    {
        public List<(Attachment Attachment, IReadOnlyList<AuditEntry> Audit)> Added { get; } = [];

        public Task<long> AddAsync(Attachment attachment, IReadOnlyList<AuditEntry> audit)
        {
            Added.Add((attachment, audit));
            attachment.Id = Added.Count;
            return Task.FromResult(attachment.Id);
        }

        public Task<Attachment?> GetByIdAsync(long id) => Task.FromResult<Attachment?>(null);
        public Task<Attachment?> GetContentAsync(long id) => Task.FromResult<Attachment?>(null);
        public Task<IReadOnlyList<Attachment>> ListByOwnerAsync(AttachmentOwnerKind ownerKind, long ownerId) => Task.FromResult<IReadOnlyList<Attachment>>([]);
        public Task<int> CountForNodeAsync(long nodeId) => Task.FromResult(0);
    }

    private static Task<DomainResult<long>> AddAsync(Store store, string? name, byte[] content, long max = AttachmentService.DefaultMaxBytes) =>
        new AttachmentService(store).AddAsync(AttachmentOwnerKind.SupervisionAnswer, 3, 9, name, content, max, Officer);

    [Fact]
    public async Task A_pdf_is_stored_under_its_last_path_part_with_who_when_and_an_audit_entry_naming_its_hash()
    {
        var store = new Store();

        var result = await AddAsync(store, "C:\\Users\\扫描件\\整改报告.pdf", Pdf);

        Assert.True(result.Succeeded);
        var (stored, audit) = Assert.Single(store.Added);
        Assert.Equal(("整改报告.pdf", AttachmentType.Pdf, (long)Pdf.Length, Officer.AtUtc, 5L, "pailou", 9L),
            (stored.FileName, stored.Type, stored.SizeBytes, stored.UploadedUtc, stored.UploadedByUserId, stored.UploadedByName, stored.NodeId));
        var entry = Assert.Single(audit);
        Assert.Equal((AuditEntities.Attachment, AuditEntry.NewRow, AuditActions.Create), (entry.EntityType, entry.EntityId, entry.Action));
        Assert.Contains(stored.Sha256, entry.NewValue);
    }

    [Fact]
    public async Task Empty_oversized_and_untyped_files_and_dirty_names_are_refused_and_nothing_is_stored()
    {
        var store = new Store();

        Assert.Equal("File:Required", Assert.Single((await AddAsync(store, "a.pdf", [])).Errors).ToKey());
        var tooLarge = await AddAsync(store, "a.pdf", [.. Pdf, .. new byte[2 * 1024 * 1024]], max: 1024 * 1024);
        Assert.Equal(("File:FileTooLarge", 1L), (Assert.Single(tooLarge.Errors).ToKey(), (long)tooLarge.Errors[0].Args[0]));
        // Named .pdf, but the bytes say HTML: the name never decides.
        Assert.Equal("File:FileType", Assert.Single((await AddAsync(store, "合同.pdf", "<html>"u8.ToArray())).Errors).ToKey());
        Assert.Equal("FileName:ControlCharacters", Assert.Single((await AddAsync(store, "合同\u202Efdp.exe", Pdf)).Errors).ToKey());
        Assert.Equal("FileName:TooLong", Assert.Single((await AddAsync(store, new string('长', 121) + ".pdf", Pdf)).Errors).ToKey());
        Assert.Equal("OwnerId:NotFound", Assert.Single((await new AttachmentService(store)
            .AddAsync((AttachmentOwnerKind)99, 3, 9, "a.pdf", Pdf, AttachmentService.DefaultMaxBytes, Officer)).Errors).ToKey());
        Assert.Empty(store.Added);
    }

    [Fact]
    public async Task A_blank_name_gets_a_name_from_the_detected_type()
    {
        var store = new Store();
        Assert.True((await AddAsync(store, "  ", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1])).Succeeded);
        Assert.Equal("附件.png", store.Added[0].Attachment.FileName);
    }
}
