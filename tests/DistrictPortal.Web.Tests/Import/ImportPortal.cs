using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using DistrictPortal.Web.Tests.Infrastructure;

namespace DistrictPortal.Web.Tests.Import;

/// <summary>A portal of its own: imports add estates, which would upset the registry counts other collections check.</summary>
[CollectionDefinition(Name)]
public sealed class ImportCollection : ICollectionFixture<PortalFactory>
{
    public const string Name = "import";
}

internal static partial class ImportPortal
{
    /// <summary>Posts a file to the preview as the upload form does (its anti-forgery token included); returns the page.</summary>
    public static async Task<string> PreviewAsync(PortalClient client, long subDistrictId, byte[] file, string fileName = "台账.xlsx")
    {
        var token = await client.TokenFromAsync($"/estates/import?subDistrict={subDistrictId}");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(subDistrictId.ToString()), "subDistrict" },
            { new ByteArrayContent(file), "file", fileName },
        };
        var response = await client.Http.PostAsync("/estates/import/preview", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Posts the preview page's own confirmation form back.</summary>
    public static async Task<HttpResponseMessage> ConfirmAsync(PortalClient client, string previewHtml)
    {
        var form = ConfirmForm().Match(previewHtml);
        Assert.True(form.Success, "The preview offers no confirmation.");
        var fields = Regex.Matches(form.Value, "<input[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"")
            .Select(m => new KeyValuePair<string, string>(m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value)));
        return await client.PostWithoutTokenAsync("/estates/import/commit", fields);
    }

    public static bool OffersConfirmation(string html) => ConfirmForm().IsMatch(html);

    public static async Task<XLWorkbook> TemplateAsync(PortalClient client, long subDistrictId)
    {
        var response = await client.GetAsync($"/estates/import/template.xlsx?subDistrict={subDistrictId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
    }

    public static byte[] Bytes(XLWorkbook workbook)
    {
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>The issues listed on the preview: code and location (小区台账!G12).</summary>
    public static List<(string Code, string Severity, string Location)> Issues(string html) =>
        Html.OpeningTags(html, "import-issue")
            .Select(t => (Html.Attribute(t, "data-code")!, Html.Attribute(t, "data-severity")!, Html.Attribute(t, "data-location")!))
            .ToList();

    [GeneratedRegex("<form[^>]*action=\"/estates/import/commit\".*?</form>", RegexOptions.Singleline)]
    private static partial Regex ConfirmForm();
}
