using System.Text.Json;

namespace Prikaz.Tests.Cli;

/// <summary>
/// Checks a SARIF log against what the SARIF 2.1.0 schema (OASIS, sarif-schema-2.1.0.json) requires of
/// the objects Prikaz writes: the required properties, the property names each object allows (the
/// schema sets <c>additionalProperties: false</c>), the level enumeration and the 1-based region.
/// </summary>
internal static class SarifShape
{
    public sealed record Result(string RuleId, string Level, string Uri, int StartLine);

    private static readonly string[] LogProperties = ["$schema", "version", "runs", "inlineExternalProperties", "properties"];
    private static readonly string[] ToolComponentProperties =
        ["guid", "name", "organization", "product", "productSuite", "shortDescription", "fullDescription", "fullName", "version",
         "semanticVersion", "dottedQuadFileVersion", "releaseDateUtc", "downloadUri", "informationUri", "globalMessageStrings",
         "notifications", "rules", "taxa", "locations", "language", "contents", "isComprehensive", "localizedDataSemanticVersion",
         "minimumRequiredLocalizedDataSemanticVersion", "associatedComponent", "translationMetadata", "supportedTaxonomies", "properties"];
    private static readonly string[] DescriptorProperties =
        ["id", "deprecatedIds", "guid", "deprecatedGuids", "name", "deprecatedNames", "shortDescription", "fullDescription",
         "messageStrings", "defaultConfiguration", "helpUri", "help", "relationships", "properties"];
    private static readonly string[] ResultProperties =
        ["ruleId", "ruleIndex", "rule", "kind", "level", "message", "analysisTarget", "locations", "guid", "correlationGuid",
         "occurrenceCount", "partialFingerprints", "fingerprints", "stacks", "codeFlows", "graphs", "graphTraversals",
         "relatedLocations", "suppressions", "baselineState", "rank", "attachments", "hostedViewerUri", "workItemUris",
         "provenance", "fixes", "taxa", "webRequest", "webResponse", "properties"];
    private static readonly string[] RegionProperties =
        ["startLine", "startColumn", "endLine", "endColumn", "charOffset", "charLength", "byteOffset", "byteLength", "snippet",
         "message", "sourceLanguage", "properties"];

    /// <summary>Asserts the shape and returns the results of the single run.</summary>
    public static IReadOnlyList<Result> Check(JsonElement log)
    {
        AllowedOnly(log, LogProperties, "sarifLog");
        Assert.Equal("2.1.0", log.GetProperty("version").GetString());
        Assert.True(Uri.TryCreate(log.GetProperty("$schema").GetString(), UriKind.Absolute, out _));
        var run = Assert.Single(log.GetProperty("runs").EnumerateArray());

        var driver = run.GetProperty("tool").GetProperty("driver");
        AllowedOnly(run.GetProperty("tool"), ["driver", "extensions", "properties"], "tool");
        AllowedOnly(driver, ToolComponentProperties, "toolComponent");
        Assert.Equal("prikaz", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        foreach (var rule in rules)
        {
            AllowedOnly(rule, DescriptorProperties, "reportingDescriptor");
            Assert.Matches(@"^PRK\d{3}$", rule.GetProperty("id").GetString());
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("shortDescription").GetProperty("text").GetString()));
        }

        var ids = rules.Select(r => r.GetProperty("id").GetString()!).ToList();
        Assert.Equal(ids.Distinct(StringComparer.Ordinal).Count(), ids.Count);

        var results = new List<Result>();
        foreach (var result in run.GetProperty("results").EnumerateArray())
        {
            AllowedOnly(result, ResultProperties, "result");
            var ruleId = result.GetProperty("ruleId").GetString()!;
            Assert.Equal(ruleId, ids[result.GetProperty("ruleIndex").GetInt32()]);
            var level = result.GetProperty("level").GetString()!;
            Assert.Contains(level, new[] { "none", "note", "warning", "error" });
            Assert.False(string.IsNullOrWhiteSpace(result.GetProperty("message").GetProperty("text").GetString()));

            var location = Assert.Single(result.GetProperty("locations").EnumerateArray());
            AllowedOnly(location, ["id", "physicalLocation", "logicalLocations", "message", "annotations", "relationships", "properties"], "location");
            var physical = location.GetProperty("physicalLocation");
            AllowedOnly(physical, ["address", "artifactLocation", "region", "contextRegion", "properties"], "physicalLocation");
            var uri = physical.GetProperty("artifactLocation").GetProperty("uri").GetString()!;
            Assert.True(Uri.TryCreate(uri, UriKind.RelativeOrAbsolute, out _), $"not a URI reference: {uri}");
            Assert.DoesNotContain('\\', uri);

            var startLine = 0;
            if (physical.TryGetProperty("region", out var region))
            {
                AllowedOnly(region, RegionProperties, "region");
                startLine = region.GetProperty("startLine").GetInt32();
                Assert.True(startLine >= 1);
                Assert.True(region.GetProperty("startColumn").GetInt32() >= 1);
            }

            results.Add(new Result(ruleId, level, uri, startLine));
        }

        return results;
    }

    private static void AllowedOnly(JsonElement element, string[] allowed, string what)
    {
        Assert.Equal(JsonValueKind.Object, element.ValueKind);
        foreach (var property in element.EnumerateObject())
        {
            Assert.True(allowed.Contains(property.Name), $"{what} may not have the property «{property.Name}» in SARIF 2.1.0");
        }
    }
}
