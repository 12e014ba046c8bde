using System.Globalization;
using System.Reflection;
using ClosedXML.Excel;
using DistrictPortal.Web.Tests.Briefings;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace DistrictPortal.Web.Tests.Security;

/// <summary>
/// The ids the route sweep cannot see: node ids in the query or the form (?community=, ?district=, subDistrict= of the
/// registry import). Each bound one, found from the actions' own parameters, is given every foreign node id. The import
/// must refuse (403 or 404); a filter elsewhere narrows the user's own scope, so it may answer, but no answer — page,
/// workbook or PDF, read back as text — may carry a foreign name, and nothing may be written.
/// </summary>
[Collection(SweepCollection.Name)]
public sealed class QueryIdSweepTests(SweepWorld world, ITestOutputHelper output)
{
    /// <summary>Query and form names that carry a node id.</summary>
    private static readonly string[] NodeNames = ["community", "subdistrict", "district"];

    [Fact]
    public async Task Node_ids_in_the_query_or_form_from_outside_the_scope_are_refused_or_show_nothing_foreign()
    {
        var actions = Actions(world.Portal.Services);
        Assert.Contains(actions, a => a.Route == "/estates/import/template.xlsx" && a.Names.Contains("subDistrict"));
        Assert.Contains(actions, a => a.Route == "/estates/export.xlsx" && a.Names.Contains("community"));
        Assert.Contains(actions, a => a.Route == "/returns/matrix/export.xlsx" && a.Names.Contains("district"));
        var clients = new Dictionary<string, (PortalClient Client, string Token)>();
        foreach (var userName in SweepWorld.Users.Where(u => u != "admin"))
        {
            var client = await world.Portal.NewClient().SignInAsync(userName);
            clients[userName] = (client, await client.TokenFromAsync("/"));
        }
        var auditBefore = world.AuditCount(); // after the sign-ins, which are audited
        var failures = new List<string>();
        var probes = 0;
        foreach (var (userName, (client, token)) in clients)
        {
            var foreign = world.ForeignTo(userName);
            foreach (var action in actions)
            {
                foreach (var name in action.Names)
                {
                    foreach (var id in foreign.Of(IdKind.Node))
                    {
                        probes++;
                        var value = id.ToString(CultureInfo.InvariantCulture);
                        var response = action.Method == "GET"
                            ? await client.GetAsync($"{action.Route}?{name}={value}")
                            : await client.PostWithoutTokenAsync(action.Route, [new("__RequestVerificationToken", token), new(name, value)]);
                        var status = (int)response.StatusCode;
                        var where = $"{userName}: {action.Method} {action.Route} {name}={value}";
                        if (status >= 500)
                            failures.Add($"{where} answered {status}");
                        else if (foreign.LeakIn(await TextOfAsync(response)) is { } leak)
                            failures.Add($"{where} answered {status} showing foreign data \"{leak}\"");
                        else if (action.Controller == "RegistryImport" && status is not (403 or 404))
                            failures.Add($"{where} answered {status} (the import of a foreign sub-district: 403 or 404 expected)");
                    }
                }
            }
        }
        foreach (var (client, _) in clients.Values)
            client.Dispose();
        output.WriteLine($"{probes} probes over {actions.Count} actions with node ids in the query or form.");
        Assert.True(failures.Count == 0, $"{failures.Count} answers to foreign node ids in the query or form:\n" + string.Join("\n", failures));
        Assert.Equal(auditBefore, world.AuditCount());
    }

    [Fact]
    public async Task A_leak_inside_a_workbook_is_seen_by_the_sweep()
    {
        // The check must read inside the file: the workbook is a zip, so the raw bytes never show a name.
        using var workbook = new XLWorkbook();
        workbook.AddWorksheet("台账").Cell("B7").SetValue(SweepWorld.OuterEstateName);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        using var response = new HttpResponseMessage { Content = new ByteArrayContent(stream.ToArray()) };
        response.Content.Headers.ContentType = new(Exports.Workbooks.ContentType);

        Assert.DoesNotContain(SweepWorld.OuterEstateName, System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        Assert.Contains(SweepWorld.OuterEstateName, await TextOfAsync(response));
    }

    /// <summary>The answer as text: a workbook's cells, a PDF's text, or the body as it is.</summary>
    private static async Task<string> TextOfAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        switch (response.Content.Headers.ContentType?.MediaType)
        {
            case Exports.Workbooks.ContentType:
                using (var workbook = new XLWorkbook(new MemoryStream(bytes)))
                    return string.Join("\n", workbook.Worksheets.SelectMany(s => s.CellsUsed()).Select(c => c.GetString()));
            case "application/pdf":
                return PdfText.Of(bytes);
            default:
                return System.Text.Encoding.UTF8.GetString(bytes);
        }
    }

    private sealed record QueryAction(string Method, string Route, string Controller, IReadOnlyList<string> Names);

    /// <summary>Signed-in actions without route parameters that bind a node id from the query or form, by the name they bind.</summary>
    private static List<QueryAction> Actions(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.Parameters.Count == 0 && e.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAllowAnonymous>() is null)
            .Select(e => (Endpoint: e, Descriptor: e.Metadata.GetMetadata<ControllerActionDescriptor>()))
            .Where(x => x.Descriptor is not null)
            .SelectMany(x => (x.Endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(method =>
                new QueryAction(method, "/" + x.Endpoint.RoutePattern.RawText?.TrimStart('/'), x.Descriptor!.ControllerName, NodeIdNames(x.Descriptor!))))
            .Where(a => a.Names.Count > 0)
            .DistinctBy(a => (a.Method, a.Route))
            .ToList();

    /// <summary>Simple long parameters, and the long properties of a bound request object, named like a node.</summary>
    private static List<string> NodeIdNames(ControllerActionDescriptor descriptor) =>
        descriptor.MethodInfo.GetParameters().SelectMany(p => IsLong(p.ParameterType)
                ? [p.Name!]
                : p.ParameterType.IsClass && p.ParameterType != typeof(string) && p.ParameterType != typeof(IFormFile)
                    ? p.ParameterType.GetProperties().Where(q => IsLong(q.PropertyType))
                        .Select(q => q.GetCustomAttribute<FromQueryAttribute>()?.Name ?? q.Name)
                    : [])
            .Where(n => NodeNames.Contains(n.ToLowerInvariant()))
            .Distinct()
            .ToList();

    private static bool IsLong(Type t) => t == typeof(long) || t == typeof(long?);
}
