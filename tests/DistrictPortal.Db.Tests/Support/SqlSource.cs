using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace DistrictPortal.Db.Tests.Support;

/// <summary>One .sql file of db/sqlserver, parsed once per test run.</summary>
public sealed record SqlFile(string FullPath, string RelativePath, string Text, TSqlScript? Script, IReadOnlyList<ParseError> Errors)
{
    /// <summary>The first folder under db/sqlserver: Tables, Views, Functions, Types, StoredProcedures or migrations.</summary>
    public string Folder => RelativePath.Split('/')[0];

    public string Name => Path.GetFileNameWithoutExtension(FullPath);

    public override string ToString() => RelativePath;
}

/// <summary>Finds the repository and the SQL Server scripts in it.</summary>
public static class SqlSource
{
    /// <summary>The folders whose files define the schema (one object per file), as opposed to migrations.</summary>
    public static readonly string[] ObjectFolders = ["Tables", "Types", "Views", "Functions", "StoredProcedures"];

    public const string MigrationsFolder = "migrations";

    private static readonly Lazy<string> Root = new(FindRoot);
    private static readonly Lazy<IReadOnlyList<SqlFile>> Files = new(LoadAll);

    public static string RepositoryRoot => Root.Value;

    public static string SqlServerRoot => Path.Combine(RepositoryRoot, "db", "sqlserver");

    public static IReadOnlyList<SqlFile> All => Files.Value;

    public static IEnumerable<SqlFile> ObjectFiles => All.Where(f => ObjectFolders.Contains(f.Folder));

    /// <summary>In the order DbUp runs them (ordinal by name, which the dated names make chronological).</summary>
    public static IEnumerable<SqlFile> Migrations =>
        All.Where(f => f.Folder == MigrationsFolder).OrderBy(f => Path.GetFileName(f.FullPath), StringComparer.Ordinal);

    public static SqlFile File(string relativePath) => All.Single(f => f.RelativePath == relativePath);

    public static TSqlScript Parse(string text, out IList<ParseError> errors)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(text);
        return (TSqlScript)parser.Parse(reader, out errors);
    }

    public static string Describe(ParseError e, SqlFile file) => $"{file.RelativePath}:{e.Line}:{e.Column}: SQL{e.Number} {e.Message}";

    private static IReadOnlyList<SqlFile> LoadAll() =>
        Directory.EnumerateFiles(SqlServerRoot, "*.sql", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path =>
            {
                var text = System.IO.File.ReadAllText(path);
                var script = Parse(text, out var errors);
                var relative = Path.GetRelativePath(SqlServerRoot, path).Replace('\\', '/');
                return new SqlFile(path, relative, text, errors.Count == 0 ? script : null, errors.ToArray());
            })
            .ToArray();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "DistrictPortal.sln"))
                && Directory.Exists(Path.Combine(dir.FullName, "db", "sqlserver")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No DistrictPortal.sln with db/sqlserver above {AppContext.BaseDirectory}.");
    }
}
