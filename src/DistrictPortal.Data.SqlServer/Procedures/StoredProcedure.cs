namespace DistrictPortal.Data.SqlServer.Procedures;

/// <summary>
/// Names the <c>[dbo]</c> stored procedure that a call record stands for. A call record's public instance
/// properties are exactly the parameters sent (same names, types mapped by <see cref="ProcedureCalls.DbTypeOf"/>),
/// so DistrictPortal.Db.Tests can check every call against db/sqlserver by reflection, without a database.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class StoredProcedureAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

/// <summary>An OUTPUT parameter: sent empty, written back into the property after the call.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class OutputAttribute : Attribute;

/// <summary>
/// A table-valued parameter: the property is an <see cref="IReadOnlyList{T}"/> of row records sent as the table
/// type <c>[dbo].[Name]</c>, one column per public property of the row record in declaration order. A table type
/// is matched by position, not by name, so DistrictPortal.Db.Tests checks the row record against the type's file.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class TableTypeAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

/// <summary>A call whose procedure returns no rows.</summary>
internal interface ICommand;

/// <summary>
/// A call whose procedure's final SELECT is read as <typeparamref name="TRow"/>: an entity whose settable
/// properties are all columns of that SELECT, or a scalar read from its single column.
/// </summary>
internal interface IQuery<TRow>;
