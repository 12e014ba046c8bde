using DistrictPortal.Core.Data;

namespace DistrictPortal.Data.SqlServer.Procedures;

// One record per [dbo].[DataProtectionKey_*] procedure; the properties are its parameters (see StoredProcedureAttribute).

[StoredProcedure("DataProtectionKey_ReadAll")]
internal sealed record DataProtectionKeyReadAll : IQuery<DataProtectionKey>;

[StoredProcedure("DataProtectionKey_Create")]
internal sealed record DataProtectionKeyCreate(string? FriendlyName, string Xml) : ICommand;
