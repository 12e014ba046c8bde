namespace DistrictPortal.Data.SqlServer.Procedures;

/// <summary>The health probe: answers only once the migrations have run; names missing tables, NULL when all are there.</summary>
[StoredProcedure("Database_ReadHealth")]
internal sealed record DatabaseReadHealth : IQuery<string?>;
