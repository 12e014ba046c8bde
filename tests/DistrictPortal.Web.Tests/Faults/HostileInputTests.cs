using System.Globalization;
using System.Net;
using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Exports;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace DistrictPortal.Web.Tests.Faults;

/// <summary>A portal of its own for the hostile-input tests: some write values no other test expects.</summary>
[CollectionDefinition(Name)]
public sealed class HostileCollection : ICollectionFixture<PortalFactory>
{
    public const string Name = "hostile";
}

/// <summary>
/// Issue 14's "no 500 may remain" cases, each as the issue reported it: huge numbers, dates out of range, NUL, an upload
/// over the limit, a form contradicting its address, names with control characters.
/// </summary>
[Collection(HostileCollection.Name)]
public sealed class HostileInputTests(PortalFactory factory)
{
    [Theory]
    [InlineData("FloorArea", "79228162514264337593543950335", "建筑总面积")]
    [InlineData("FloorArea", "1e20", "建筑总面积")]
    [InlineData("FloorArea", "1234.567", "建筑总面积")]
    [InlineData("Households", "2147483647", "户数")]
    public async Task A_number_beyond_its_plausible_range_is_refused_naming_the_field(string field, string value, string label)
    {
        var estate = await Demo.FirstEstateAsync(factory, NodeLevel.Community, "太平社区");
        using var client = await factory.NewClient().SignInAsync("pailou");

        var response = await client.PostFormAsync($"/estates/{estate.Id}/edit", Demo.EditFields(estate).With(field, value), tokenPage: $"/estates/{estate.Id}/edit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var message = Html.FieldMessage(await response.Content.ReadAsStringAsync(), field);
        Assert.Contains(label, message);
        var stored = (await Demo.ReloadAsync(factory, estate.Id))!;
        Assert.Equal(estate.Version, stored.Version);
    }

    [Fact]
    public async Task A_management_room_larger_than_any_plausible_one_is_refused_even_inside_a_large_estate()
    {
        var estate = await Demo.FirstEstateAsync(factory, NodeLevel.Community, "太平社区");
        using var client = await factory.NewClient().SignInAsync("pailou");

        var response = await client.PostFormAsync($"/estates/{estate.Id}/edit",
            Demo.EditFields(estate).With("FloorArea", "9000000").With("ManagementRoomArea", "200000"), tokenPage: $"/estates/{estate.Id}/edit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("物管用房面积", Html.FieldMessage(await response.Content.ReadAsStringAsync(), "ManagementRoomArea"));
        Assert.Equal(estate.Version, (await Demo.ReloadAsync(factory, estate.Id))!.Version);
    }

    [Fact]
    public async Task Exports_are_made_whatever_huge_value_the_database_already_holds()
    {
        // Old data, written before the limits: straight into the store, past every validator.
        var estate = await Demo.FirstEstateAsync(factory, NodeLevel.Community, "袁家墩社区");
        await using (var db = new SqliteConnection($"Data Source={Path.Combine(factory.Folder, "portal.db")}"))
        {
            await db.OpenAsync();
            await using var update = db.CreateCommand();
            update.CommandText = "UPDATE Estate SET FloorArea = '79228162514264337593543950335', Households = 2147483647 WHERE Id = $id";
            update.Parameters.AddWithValue("$id", estate.Id);
            Assert.Equal(1, await update.ExecuteNonQueryAsync());
        }
        try
        {
            using var client = await factory.NewClient().SignInAsync("pailou");
            foreach (var url in new[] { "/estates/export.xlsx", "/estates/export-all.xlsx" })
            {
                var response = await client.GetAsync(url);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
                Assert.Equal(Workbooks.ContentType, response.Content.Headers.ContentType?.MediaType);
            }
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/estates")).StatusCode);
        }
        finally
        {
            await using var db = new SqliteConnection($"Data Source={Path.Combine(factory.Folder, "portal.db")}");
            await db.OpenAsync();
            await using var restore = db.CreateCommand();
            restore.CommandText = "UPDATE Estate SET FloorArea = $area, Households = $households WHERE Id = $id";
            restore.Parameters.AddWithValue("$area", estate.FloorArea.ToString(CultureInfo.InvariantCulture));
            restore.Parameters.AddWithValue("$households", estate.Households);
            restore.Parameters.AddWithValue("$id", estate.Id);
            await restore.ExecuteNonQueryAsync();
        }
    }

    [Fact]
    public async Task Dates_out_of_range_answer_400_or_404_never_500()
    {
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        using var client = await factory.NewClient().SignInAsync("admin");
        string[] urls =
        [
            "/league?week=0001-01-01", $"/returns/{pailou.Id}/9999-12-31", $"/briefings/{pailou.Id}.pdf?week=9999-12-31",
            "/dashboard?week=0001-01-05", "/returns/export-all.xlsx?to=0001-01-05", "/returns/export-all.xlsx?from=0001-01-05",
            "/league/trend?week=0001-01-01", $"/returns/{pailou.Id}/0001-01-05/export.xlsx", "/returns?week=9999-12-31",
        ];
        var failures = new List<string>();
        foreach (var url in urls)
        {
            var status = (int)(await client.GetAsync(url)).StatusCode;
            if (status is not (400 or 404))
                failures.Add($"{url} answered {status}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task A_NUL_in_any_form_field_is_400_even_signing_in()
    {
        using var anonymous = factory.NewClient();
        var login = await anonymous.PostFormAsync("/account/login", [new("UserName", "admin\0"), new("Password", "x\0y"), new("ReturnUrl", "")]);
        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);

        var estate = await Demo.FirstEstateAsync(factory, NodeLevel.Community, "太平社区");
        using var client = await factory.NewClient().SignInAsync("pailou");
        var edit = await client.PostFormAsync($"/estates/{estate.Id}/edit", Demo.EditFields(estate).With("Name", "名\0称"), tokenPage: $"/estates/{estate.Id}/edit");
        Assert.Equal(HttpStatusCode.BadRequest, edit.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/estates?text=a%00b")).StatusCode);
        Assert.Equal(estate.Name, (await Demo.ReloadAsync(factory, estate.Id))!.Name);
    }

    [Fact]
    public async Task An_upload_over_the_request_limit_is_413()
    {
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        using var client = await factory.NewClient().SignInAsync("pailou");
        var token = await client.TokenFromAsync($"/estates/import?subDistrict={pailou.Id}");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(pailou.Id.ToString(CultureInfo.InvariantCulture)), "subDistrict" },
            { new ByteArrayContent(new byte[12 * 1024 * 1024]), "file", "台账.xlsx" },
        };

        var response = await client.Http.PostAsync("/estates/import/preview", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_form_field_contradicting_the_address_is_refused_with_400()
    {
        var estate = await Demo.FirstEstateAsync(factory, NodeLevel.Community, "太平社区");
        var other = await Demo.FirstEstateAsync(factory, NodeLevel.Community, "袁家墩社区");
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        using var officer = await factory.NewClient().SignInAsync("pailou");
        using var admin = await factory.NewClient().SignInAsync("admin");
        var week = ReportingCalendar.WeekEnding(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)));
        var weekText = week.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var edit = await officer.PostFormAsync($"/estates/{estate.Id}/edit",
            Demo.EditFields(estate).With("Address", "改了别的小区").With("Id", other.Id.ToString(CultureInfo.InvariantCulture)), tokenPage: $"/estates/{estate.Id}/edit");
        var save = await officer.PostFormAsync($"/returns/{pailou.Id}/{weekText}",
            [new("weekEnding", week.AddDays(-7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), new("Command", "save")], tokenPage: "/");
        var saveSub = await officer.PostFormAsync($"/returns/{pailou.Id}/{weekText}",
            [new("subDistrictId", (pailou.Id + 1).ToString(CultureInfo.InvariantCulture)), new("Command", "save")], tokenPage: "/");
        var rename = await admin.PostFormAsync($"/hierarchy/{pailou.Id}/rename",
            [new("name", "改名"), new("version", "1"), new("id", (pailou.Id + 1).ToString(CultureInfo.InvariantCulture))], tokenPage: "/");

        Assert.Equal(HttpStatusCode.BadRequest, edit.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, save.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, saveSub.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, rename.StatusCode);
        Assert.Equal(estate.Address, (await Demo.ReloadAsync(factory, estate.Id))!.Address);
        Assert.Equal(other.Address, (await Demo.ReloadAsync(factory, other.Id))!.Address);

        // The same value as the address (written another way) is no contradiction.
        var same = await officer.PostFormAsync($"/estates/{estate.Id}/edit",
            Demo.EditFields(estate).With("Id", "0" + estate.Id.ToString(CultureInfo.InvariantCulture)), tokenPage: $"/estates/{estate.Id}/edit");
        Assert.Equal(HttpStatusCode.Redirect, same.StatusCode);
    }

    [Theory]
    [InlineData("小区\u202Eabc")]
    [InlineData("小区\u001b[31m红")]
    [InlineData("小区\u0007")]
    [InlineData("小区\n第二行")]
    public async Task An_estate_name_with_control_or_direction_characters_is_refused_naming_the_field(string name)
    {
        var estate = await Demo.FirstEstateAsync(factory, NodeLevel.Community, "太平社区");
        using var client = await factory.NewClient().SignInAsync("pailou");

        var response = await client.PostFormAsync($"/estates/{estate.Id}/edit", Demo.EditFields(estate).With("Name", name), tokenPage: $"/estates/{estate.Id}/edit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("控制字符", Html.FieldMessage(await response.Content.ReadAsStringAsync(), "Name"));
        Assert.Equal(estate.Name, (await Demo.ReloadAsync(factory, estate.Id))!.Name);
    }

    [Fact]
    public async Task A_page_number_past_any_list_is_an_empty_page_not_an_overflow()
    {
        using var client = await factory.NewClient().SignInAsync("bureau");
        foreach (var url in new[] { "/estates?page=3000000", "/estates?page=2147483647", "/returns?page=2147483647", "/committees?page=2147483647", "/retrofit?page=2147483647", "/league?page=2147483647" })
            Assert.True((await client.GetAsync(url)).StatusCode is HttpStatusCode.OK, url);
    }
}
