using DistrictPortal.Core.Hierarchy;

namespace DistrictPortal.Data.SqlServer.Procedures;

// One record per [dbo].[Node_*] procedure; the properties are its parameters (see StoredProcedureAttribute).

[StoredProcedure("Node_Create")]
internal sealed record NodeCreate(long? ParentId, NodeLevel Level, string Name) : IQuery<Node>;

[StoredProcedure("Node_ReadById")]
internal sealed record NodeReadById(long Id) : IQuery<Node>;

[StoredProcedure("Node_ReadRoots")]
internal sealed record NodeReadRoots : IQuery<Node>;

[StoredProcedure("Node_ReadLineageById")]
internal sealed record NodeReadLineageById(long Id) : IQuery<Node>;

[StoredProcedure("Node_ReadChildrenByParentId")]
internal sealed record NodeReadChildrenByParentId(long ParentId, bool IncludeRetired) : IQuery<Node>;

[StoredProcedure("Node_ReadByLevel")]
internal sealed record NodeReadByLevel(string ScopePath, NodeLevel Level, bool IncludeRetired) : IQuery<Node>;

[StoredProcedure("Node_UpdateName")]
internal sealed record NodeUpdateName(long Id, string Name, long Version) : ICommand;

[StoredProcedure("Node_UpdateParent")]
internal sealed record NodeUpdateParent(long Id, long ParentId, long Version) : ICommand;

[StoredProcedure("Node_UpdateRetired")]
internal sealed record NodeUpdateRetired(long Id, bool IsRetired, long Version) : ICommand;

[StoredProcedure("Node_ReadReferences")]
internal sealed record NodeReadReferences(long Id) : IQuery<Core.Hierarchy.NodeReferences>;

/// <summary>Deletes the node (Core has judged its references); the number of rows deleted (0 or 1).</summary>
[StoredProcedure("Node_DeleteById")]
internal sealed record NodeDeleteById(long Id) : IQuery<int>;
