using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Data.Tests.Infrastructure;

namespace DistrictPortal.Data.Tests.Hierarchy;

/// <summary>Issue 16 item 5's store on every configured database: a node's 第一责任人, one row per node, audited with each write.</summary>
public sealed class NodeResponsibleRepositoryTests
{
    private static readonly DateTime At = new(2026, 12, 5, 1, 0, 0, DateTimeKind.Utc);

    private static IReadOnlyList<AuditEntry> Audit(long nodeId, string field) =>
        new AuditDiff(AuditEntities.NodeResponsible, nodeId, TestDatabase.Context(At)).Action(AuditActions.Update, field, null, "x").Entries;

    [DatabaseTheory, DatabaseData]
    public async Task A_responsible_person_is_set_replaced_and_cleared_each_with_its_audit(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var store = db.Get<INodeResponsibleRepository>();
        var tree = await TestTree.CreateAsync(db);

        await store.SaveAsync(new NodeResponsible { NodeId = tree.SubDistrictA.Id, Name = "张明", Post = "街道办事处主任", Phone = "13800001111", UpdatedUtc = At },
            Audit(tree.SubDistrictA.Id, "Name"));
        var stored = await store.GetAsync(tree.SubDistrictA.Id);
        Assert.Equal(("张明", "街道办事处主任", "13800001111", At), (stored!.Name, stored.Post, stored.Phone, stored.UpdatedUtc));
        Assert.Null(await store.GetAsync(tree.SubDistrictB.Id));

        // One row per node: saving again replaces it.
        await store.SaveAsync(new NodeResponsible { NodeId = tree.SubDistrictA.Id, Name = "李华", Post = "党工委书记", Phone = "0571-87001234", UpdatedUtc = At.AddHours(1) },
            Audit(tree.SubDistrictA.Id, "Phone"));
        stored = await store.GetAsync(tree.SubDistrictA.Id);
        Assert.Equal(("李华", "党工委书记", "0571-87001234"), (stored!.Name, stored.Post, stored.Phone));

        Assert.True(await store.DeleteAsync(tree.SubDistrictA.Id, Audit(tree.SubDistrictA.Id, "Delete")));
        Assert.False(await store.DeleteAsync(tree.SubDistrictA.Id, Audit(tree.SubDistrictA.Id, "Never")));
        Assert.Null(await store.GetAsync(tree.SubDistrictA.Id));
        Assert.Equal(["Name", "Phone", "Delete"],
            (await db.Audit.ListForEntityAsync(AuditEntities.NodeResponsible, tree.SubDistrictA.Id)).OrderBy(e => e.Id).Select(e => e.Field));
    }

    [DatabaseTheory, DatabaseData]
    public async Task A_responsible_person_of_an_unknown_node_is_refused_and_nothing_is_audited(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var store = db.Get<INodeResponsibleRepository>();
        await Assert.ThrowsAnyAsync<Exception>(() => store.SaveAsync(
            new NodeResponsible { NodeId = long.MaxValue, Name = "某人", Post = "主任", Phone = "13800001111", UpdatedUtc = At }, Audit(long.MaxValue, "Name")));
        Assert.Empty(await db.Audit.ListForEntityAsync(AuditEntities.NodeResponsible, long.MaxValue));
    }
}
