using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Funding;
using DistrictPortal.Core.Retrofit;
using DistrictPortal.Db.Tests.Support;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace DistrictPortal.Db.Tests;

/// <summary>
/// No parameter is narrower than the column it writes, nor than what Core lets through for that field: SQL Server
/// cuts an NVARCHAR argument to the parameter's length and rounds a DECIMAL to its scale without an error.
/// </summary>
public sealed class ParameterWidthTests
{
    public static TheoryData<string> ProcedureFiles => new(SqlSource.ObjectFiles.Where(f => f.Folder == "StoredProcedures").Select(f => f.RelativePath));

    [Theory]
    [MemberData(nameof(ProcedureFiles))]
    public void Parameters_are_as_wide_as_the_columns_they_write(string relativePath)
    {
        var file = SqlSource.File(relativePath);
        Assert.NotNull(file.Script);
        var problems = WidthRules.Check(file.Script, relativePath, WidthRules.Columns(SqlSource.ObjectFiles));
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>Core's limits, each with the parameters that carry the field.</summary>
    public static TheoryData<string, string, int> CoreLimits => new()
    {
        { "AuditEntry_Create", "Field", AuditEntry.MaxFieldLength },
        { "Node_Create", "Name", EstateValidator.MaxNameLength },
        { "Estate_Update", "Name", EstateValidator.MaxNameLength },
        { "Estate_Create", "Address", EstateValidator.MaxAddressLength },
        { "Estate_Update", "Address", EstateValidator.MaxAddressLength },
        { "RetrofitProject_Create", "Name", RetrofitProjectValidator.MaxNameLength },
        { "RetrofitProject_Update", "Name", RetrofitProjectValidator.MaxNameLength },
        { "CostItem_Create", "Description", FundingValidator.MaxTextLength },
        { "CostItem_Update", "Description", FundingValidator.MaxTextLength },
        { "CostItem_Create", "HardshipNote", FundingValidator.MaxTextLength },
        { "CostItem_Update", "HardshipNote", FundingValidator.MaxTextLength },
        { "Payment_Create", "Reference", FundingValidator.MaxTextLength },
        { "Enterprise_Create", "Name", DistrictPortal.Core.Enterprises.EnterpriseService.MaxNameLength },
        { "Enterprise_Update", "Name", DistrictPortal.Core.Enterprises.EnterpriseService.MaxNameLength },
        { "Enterprise_Create", "CreditCode", DistrictPortal.Core.Enterprises.CreditCode.Length },
        { "Enterprise_Update", "ContactName", DistrictPortal.Core.Enterprises.EnterpriseService.MaxContactNameLength },
        { "Enterprise_Update", "ContactPhone", DistrictPortal.Core.Enterprises.EnterpriseService.MaxContactPhoneLength },
        { "ManagingBodyMember_Create", "Name", DistrictPortal.Core.Management.ManagementService.MaxMemberNameLength },
        { "ManagingBodyMember_Create", "Role", DistrictPortal.Core.Management.ManagementService.MaxRoleLength },
        { "Trusteeship_Update", "Funding", DistrictPortal.Core.Management.ManagementService.MaxFundingLength },
    };

    [Theory]
    [MemberData(nameof(CoreLimits))]
    public void Parameters_take_what_Core_allows(string procedure, string parameter, int coreLimit)
    {
        var shape = ProcedureShape.FromObjectFiles()[$"[dbo].[{procedure}]"];
        var declared = shape.Parameters.Single(p => p.Name == parameter);
        var script = SqlSource.Parse($"DECLARE @x {declared.TypeText};", out _);
        var type = (SqlDataTypeReference)((DeclareVariableStatement)script.Batches[0].Statements[0]).Declarations[0].DataType;
        var length = type.Parameters[0] is MaxLiteral ? int.MaxValue : int.Parse(type.Parameters[0].Value, System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(length >= coreLimit, $"{procedure} @{parameter} {declared.TypeText} is shorter than Core's limit of {coreLimit}");
    }

    [Fact]
    public void The_longest_field_name_Core_writes_fits_the_audit()
    {
        // A return's row fields are "Rows[<estate name>].<property>" (ReturnAudit), the longest names Core audits.
        var longestProperty = typeof(DistrictPortal.Core.Returns.ReturnRow).GetProperties().Max(p => p.Name.Length);
        var longest = $"Rows[{new string('名', EstateValidator.MaxNameLength)}].".Length + longestProperty;

        Assert.True(longest <= AuditEntry.MaxFieldLength, $"{longest} characters > AuditEntry.MaxFieldLength {AuditEntry.MaxFieldLength}");
    }

    [Theory]
    [InlineData("INSERT INTO [dbo].[T] ([Name]) VALUES (@Name);", "@Name NVARCHAR (50) writes [dbo].[T].[Name]")]
    [InlineData("UPDATE [dbo].[T] SET [Name] = @Name WHERE [Id] = 1;", "@Name NVARCHAR (50) writes [dbo].[T].[Name]")]
    [InlineData("UPDATE T SET [Area] = @Area FROM [dbo].[T] T WHERE T.[Id] = 1;", "fewer decimals")]
    [InlineData("INSERT INTO [dbo].[T] ([Name], [Area]) SELECT N'x', @Big;", "fewer integer digits")]
    public void A_narrower_parameter_is_reported(string statement, string expected)
    {
        var tables = Tables("CREATE TABLE [dbo].[T] ([Id] INT NOT NULL, [Name] NVARCHAR (100) NOT NULL, [Area] DECIMAL (18, 2) NOT NULL);");
        var script = SqlSource.Parse(
            $"CREATE PROCEDURE [dbo].[P] @Name NVARCHAR (50), @Area DECIMAL (18, 1), @Big DECIMAL (10, 2) AS BEGIN SET NOCOUNT ON; {statement} END",
            out var errors);
        Assert.Empty(errors);

        Assert.Contains(WidthRules.Check(script, "test.sql", tables), p => p.Contains(expected, StringComparison.Ordinal));
    }

    private static IReadOnlyDictionary<string, Dictionary<string, DataTypeReference>> Tables(string create)
    {
        var script = SqlSource.Parse(create, out var errors);
        Assert.Empty(errors);
        var table = (CreateTableStatement)script.Batches[0].Statements[0];
        return new Dictionary<string, Dictionary<string, DataTypeReference>>(StringComparer.OrdinalIgnoreCase)
        {
            [SqlText.Key(table.SchemaObjectName)] = table.Definition.ColumnDefinitions
                .ToDictionary(c => c.ColumnIdentifier.Value, c => c.DataType, StringComparer.OrdinalIgnoreCase),
        };
    }
}
