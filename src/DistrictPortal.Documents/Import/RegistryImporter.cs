using System.Xml;
using DistrictPortal.Core.Estates;
using DistrictPortal.Documents.Excel;
using DistrictPortal.Documents.Import.Xlsx;
using DocumentFormat.OpenXml.Packaging;

namespace DistrictPortal.Documents.Import;

/// <summary>
/// The registry upload (调研摸底表) of one sub-district, turned into a preview: estates to add, estates to change
/// (matched by community and estate name), and every problem at its cell. It writes nothing; the caller shows the
/// preview and, when the uploader confirms and <see cref="RegistryImportPreview.CanCommit"/>, commits it in one
/// transaction. A file that is not an .xlsx, is encrypted or too large is refused with that one message.
/// </summary>
public static class RegistryImporter
{
    public static RegistryImportPreview Preview(Stream upload, RegistryImportContext context)
    {
        var (bytes, refusal) = UploadGuard.Read(upload, context.MaxBytes);
        return refusal is not null ? RegistryImportPreview.Refused(refusal) : Preview(bytes!, context, checkedAlready: true);
    }

    public static RegistryImportPreview Preview(byte[] upload, RegistryImportContext context) => Preview(upload, context, checkedAlready: false);

    private static RegistryImportPreview Preview(byte[] upload, RegistryImportContext context, bool checkedAlready)
    {
        if (!checkedAlready && UploadGuard.Check(upload, context.MaxBytes) is { } refusal)
            return RegistryImportPreview.Refused(refusal);

        // Read as streams, formulas by their cached results (never calculated), caps applied while reading: see XlsxWorkbook.
        XlsxWorkbook workbook;
        try
        {
            workbook = XlsxWorkbook.Open(upload);
        }
        catch (XlsxLimitException e)
        {
            return RegistryImportPreview.Refused(UploadGuard.Refuse(ImportCodes.TooLarge, e.Message));
        }
        catch (Exception)
        {
            // System.IO.Packaging and OpenXml throw many exception types on malformed packages; to the uploader they mean one thing.
            return Unreadable();
        }
        using (workbook)
        {
            try
            {
                return Read(workbook, context);
            }
            catch (XlsxLimitException e)
            {
                return RegistryImportPreview.Refused(UploadGuard.Refuse(ImportCodes.TooLarge, e.Message));
            }
            catch (Exception e) when (e is XlsxFormatException or XmlException or InvalidDataException or IOException
                                          or FormatException or OpenXmlPackageException or UriFormatException)
            {
                // A part found broken halfway (the XML, the zip stream): the file as a whole cannot be read.
                return Unreadable();
            }
        }
    }

    private static RegistryImportPreview Unreadable() =>
        RegistryImportPreview.Refused(UploadGuard.Refuse(ImportCodes.Unreadable, "无法打开这个 Excel 文件（内容已损坏或格式不受支持）。请在 Excel 中另存为 .xlsx 后再上传。"));

    private static RegistryImportPreview Read(XlsxWorkbook workbook, RegistryImportContext context)
    {
        var issues = new List<ImportIssue>();
        var registry = new RegistrySheetReader(context, issues);
        registry.ReadFrom(workbook);
        var summary = new SummarySheetChecker(context, issues);
        summary.Check(workbook, registry.Sheet, registry.Read ? registry.Rows : null);

        var preview = registry.Read ? Compare(registry, context) : new Comparison([], [], 0, []);
        return new RegistryImportPreview
        {
            ToAdd = preview.ToAdd,
            ToChange = preview.ToChange,
            UnchangedCount = preview.Unchanged,
            NotInFile = preview.NotInFile,
            // Issues in sheet order, then row, then column, as the uploader will walk through them.
            Issues = [.. issues.OrderBy(i => i.Sheet is null ? 0 : 1).ThenBy(i => i.Sheet == registry.Sheet?.Name ? 0 : 1)
                .ThenBy(i => i.Row ?? 0).ThenBy(i => i.Column?.Length ?? 0).ThenBy(i => i.Column)],
            RegistrySheet = registry.Sheet?.Name,
            SummarySheet = summary.SheetName,
        };
    }

    private sealed record Comparison(List<EstateToAdd> ToAdd, List<EstateToChange> ToChange, int Unchanged, List<Estate> NotInFile);

    private static Comparison Compare(RegistrySheetReader registry, RegistryImportContext context)
    {
        var existing = context.ExistingEstates
            .GroupBy(e => (e.CommunityId, CellText.Key(e.Name)))
            .ToDictionary(g => g.Key, g => g.First());
        var matched = new HashSet<long>();
        var result = new Comparison([], [], 0, []);
        var unchanged = 0;

        foreach (var row in registry.Rows)
        {
            if (row.CommunityId is not { } communityId)
            {
                row.HasError = true; // reported already; such a row can be neither added nor matched
                continue;
            }
            existing.TryGetValue((communityId, CellText.Key(row.Estate.Name)), out var before);
            if (before is not null)
                matched.Add(before.Id);
            var after = before is null ? row.Estate : Apply(before, row.Estate);
            registry.Parser!.Validate(row, after);
            if (before is { IsRetired: true })
            {
                row.HasError = true;
                registry.Issues.Error(ImportCodes.EstateRetired, $"“{row.Estate.CommunityName} {before.Name}”已在系统中停用，导入不会恢复它。请先在系统中恢复，或删去这一行。",
                    row.Row, registry.Columns[RegistryField.Name]);
            }
            if (row.HasError)
                continue;

            if (before is null)
            {
                result.ToAdd.Add(new EstateToAdd(row.Row, after));
                continue;
            }
            var changes = EstateChanges.Between(before, after);
            if (changes.Count == 0)
                unchanged++;
            else
                result.ToChange.Add(new EstateToChange(row.Row, before, after, changes));
        }
        result.NotInFile.AddRange(context.ExistingEstates.Where(e => !e.IsRetired && !matched.Contains(e.Id)));
        return result with { Unchanged = unchanged };
    }

    /// <summary>The existing estate with the upload's facts; what the upload does not carry (mode, haves, version) is kept.</summary>
    private static Estate Apply(Estate before, Estate upload) => new()
    {
        Id = before.Id,
        CommunityId = before.CommunityId,
        // Matched on a normalised name ("１号院" = "1号院"): keep the registered spelling rather than rename by accident.
        Name = before.Name,
        Address = upload.Address,
        YearBuilt = upload.YearBuilt,
        IsCompleteSet = upload.IsCompleteSet,
        Buildings = upload.Buildings,
        Households = upload.Households,
        FloorArea = upload.FloorArea,
        ManagementRoomArea = upload.ManagementRoomArea,
        IsManagementRoomInterim = before.IsManagementRoomInterim,
        Class = upload.Class,
        Status = upload.Status,
        Mode = before.Mode,
        IsPilot = upload.IsPilot,
        IsBenchmark = upload.IsBenchmark,
        SixHaves = before.SixHaves,
        EightHaves = before.EightHaves,
        IsRetired = before.IsRetired,
        Version = before.Version,
        CommunityName = before.CommunityName,
        SubDistrictId = before.SubDistrictId,
        SubDistrictName = before.SubDistrictName,
        Path = before.Path,
    };
}
