using System.Text.RegularExpressions;
using DistrictPortal.Db.Tests.Support;
using Microsoft.SqlServer.Dac;
using Microsoft.SqlServer.Dac.Model;
using Xunit.Abstractions;

namespace DistrictPortal.Db.Tests;

/// <summary>
/// The object files load into a DacFx model of SQL Server 2019 (the minimum version) and validate: every table, column, view, function
/// and procedure they name exists. A missing column is error SQL71501; a missing table only warning SQL71502,
/// which counts as an error here.
/// </summary>
public sealed partial class ModelValidationTests(ITestOutputHelper output)
{
    private static readonly string[] WarningsAsErrors = ["SQL71502"];

    [Fact]
    public void Object_files_validate_without_errors_or_unresolved_references()
    {
        using var model = new TSqlModel(SqlServerVersion.Sql150, new TSqlModelOptions());
        var problems = new List<string>();
        foreach (var file in SqlSource.ObjectFiles)
        {
            try
            {
                model.AddOrUpdateObjects(file.Text, file.RelativePath, new TSqlObjectOptions());
            }
            catch (DacModelException e)
            {
                problems.Add($"{file.RelativePath}: {e.Message} {string.Join("; ", e.Messages.Select(m => m.ToString()))}");
            }
        }

        foreach (var message in model.Validate())
        {
            var code = $"{message.Prefix}{message.Number}";
            var line = $"{code} {message.MessageType} at {Locate(model, message.Message)}: {message.Message}";
            output.WriteLine(line);
            if (message.MessageType == DacMessageType.Error || WarningsAsErrors.Contains(code))
            {
                problems.Add(line);
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void The_model_holds_every_object_file()
    {
        using var model = new TSqlModel(SqlServerVersion.Sql150, new TSqlModelOptions());
        foreach (var file in SqlSource.ObjectFiles)
        {
            model.AddOrUpdateObjects(file.Text, file.RelativePath, new TSqlObjectOptions());
        }
        var sources = model.GetObjects(DacQueryScopes.UserDefined, ModelSchema.Table, ModelSchema.View, ModelSchema.Procedure,
                ModelSchema.TableValuedFunction, ModelSchema.ScalarFunction, ModelSchema.TableType)
            .Select(o => o.GetSourceInformation()?.SourceName)
            .ToHashSet();
        var missing = SqlSource.ObjectFiles.Select(f => f.RelativePath).Where(p => !sources.Contains(p)).ToArray();
        Assert.True(missing.Length == 0, "Files that defined no table, view, function, type or procedure: " + string.Join(", ", missing));
    }

    /// <summary>
    /// DacFx messages name objects but carry no file or line: find the named object (or its nearest named
    /// parent) and ask it where it came from.
    /// </summary>
    private static string Locate(TSqlModel model, string text)
    {
        foreach (Match match in ObjectName().Matches(text))
        {
            var parts = Regex.Matches(match.Value, @"\[([^\]]+)\]").Select(m => m.Groups[1].Value).ToArray();
            for (var length = parts.Length; length >= 2; length--)
            {
                var candidate = model.GetObjects(DacQueryScopes.UserDefined, ModelSchema.Table, ModelSchema.View,
                        ModelSchema.Procedure, ModelSchema.TableValuedFunction, ModelSchema.ScalarFunction, ModelSchema.TableType)
                    .FirstOrDefault(o => o.Name.Parts.SequenceEqual(parts[..length], StringComparer.OrdinalIgnoreCase));
                if (candidate?.GetSourceInformation() is { } source)
                {
                    return $"{source.SourceName}:{source.StartLine}:{source.StartColumn}" + ReferenceLine(source.SourceName, text);
                }
            }
        }
        return "(no source)";
    }

    /// <summary>
    /// For "unresolved reference to object [dbo].[T].[Column]": the lines of the file that name the last part,
    /// since the object's own position is only where its CREATE starts.
    /// </summary>
    private static string ReferenceLine(string sourceName, string text)
    {
        var reference = UnresolvedReference().Match(text);
        var file = SqlSource.All.FirstOrDefault(f => f.RelativePath == sourceName);
        if (!reference.Success || file is null)
        {
            return "";
        }
        var part = reference.Groups["last"].Value;
        var lines = file.Text.Split('\n')
            .Select((line, i) => (line, number: i + 1))
            .Where(l => Regex.IsMatch(l.line, $@"(\[{Regex.Escape(part)}\]|\b{Regex.Escape(part)}\b)", RegexOptions.IgnoreCase))
            .Select(l => l.number.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .ToArray();
        return lines.Length == 0 ? "" : $" (the reference to {part}: line {string.Join(", ", lines)})";
    }

    [GeneratedRegex(@"(\[[^\]]+\])(\.\[[^\]]+\])+")]
    private static partial Regex ObjectName();

    [GeneratedRegex(@"unresolved reference to object (\[[^\]]+\]\.)*\[(?<last>[^\]]+)\]")]
    private static partial Regex UnresolvedReference();
}
