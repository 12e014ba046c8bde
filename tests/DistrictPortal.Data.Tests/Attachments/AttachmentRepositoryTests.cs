using DistrictPortal.Core.Attachments;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Data.Tests.Infrastructure;

namespace DistrictPortal.Data.Tests.Attachments;

public sealed class AttachmentRepositoryTests
{
    private static readonly byte[] Pdf = [.. "%PDF-1.7\n合同扫描件"u8.ToArray()];

    [DatabaseTheory, DatabaseData]
    public async Task Add_stores_the_bytes_with_one_audit_entry_and_reads_them_back_by_owner_and_id(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var estate = await TestTree.AddEstateAsync(db, tree.CommunityA1, TestDatabase.Unique("证据小区"));
        var at = new DateTime(2026, 12, 4, 3, 4, 5, DateTimeKind.Utc);
        var service = new AttachmentService(db.Attachments);

        var added = await service.AddAsync(AttachmentOwnerKind.Estate, estate.Id, estate.Id, @"C:\扫描\物业服务合同.pdf", Pdf,
            AttachmentService.DefaultMaxBytes, new ChangeContext(7, "pailou", at));
        var other = await service.AddAsync(AttachmentOwnerKind.Consultation, estate.Id, estate.Id, "征询.pdf", Pdf,
            AttachmentService.DefaultMaxBytes, new ChangeContext(7, "pailou", at));

        Assert.True(added.Succeeded);
        var read = (await db.Attachments.GetByIdAsync(added.Value))!;
        Assert.Equal((AttachmentOwnerKind.Estate, estate.Id, estate.Id, "物业服务合同.pdf", AttachmentType.Pdf, (long)Pdf.Length, at, 7L, "pailou"),
            (read.OwnerKind, read.OwnerId, read.NodeId, read.FileName, read.Type, read.SizeBytes, read.UploadedUtc, read.UploadedByUserId, read.UploadedByName));
        Assert.Equal((estate.Path, estate.Name), (read.NodePath, read.NodeName));
        Assert.Empty(read.Content);
        Assert.Equal(64, read.Sha256.Length);
        Assert.Equal(Pdf, (await db.Attachments.GetContentAsync(added.Value))!.Content);
        Assert.Equal([added.Value], (await db.Attachments.ListByOwnerAsync(AttachmentOwnerKind.Estate, estate.Id)).Select(a => a.Id));
        Assert.Equal([other.Value], (await db.Attachments.ListByOwnerAsync(AttachmentOwnerKind.Consultation, estate.Id)).Select(a => a.Id));
        Assert.Equal(2, await db.Attachments.CountForNodeAsync(estate.Id));
        Assert.Null(await db.Attachments.GetByIdAsync(added.Value + 1_000_000));
        Assert.Null(await db.Attachments.GetContentAsync(added.Value + 1_000_000));
        var audit = Assert.Single(await db.Audit.ListForEntityAsync(AuditEntities.Attachment, added.Value));
        Assert.Equal(AuditActions.Create, audit.Action);
        Assert.Contains("物业服务合同.pdf", audit.NewValue);
        Assert.Contains(read.Sha256, audit.NewValue);
    }

    [DatabaseTheory, DatabaseData]
    public async Task A_refused_file_writes_nothing_and_an_unknown_node_is_the_foreign_keys_to_refuse(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var estate = await TestTree.AddEstateAsync(db, tree.CommunityA1, TestDatabase.Unique("证据小区"));
        var service = new AttachmentService(db.Attachments);
        var context = TestDatabase.Context();

        var refused = await service.AddAsync(AttachmentOwnerKind.Estate, estate.Id, estate.Id, "合同.pdf", "MZ not a pdf"u8.ToArray(),
            AttachmentService.DefaultMaxBytes, context);

        Assert.Equal("File:FileType", Assert.Single(refused.Errors).ToKey());
        Assert.Empty(await db.Attachments.ListByOwnerAsync(AttachmentOwnerKind.Estate, estate.Id));
        await Assert.ThrowsAsync<ArgumentException>(() => service.AddAsync(AttachmentOwnerKind.Estate, estate.Id, long.MaxValue, "合同.pdf", Pdf,
            AttachmentService.DefaultMaxBytes, context));
        Assert.Equal(0, await db.Attachments.CountForNodeAsync(estate.Id));
    }
}
