using System.Text.Json.Nodes;

namespace Prikaz.Schema;

/// <summary>
/// The exporter writes a type it has met before as <c>{"$ref": …}</c> to its first occurrence. For a
/// property that loses the property's own Russian description (draft-07 ignores the siblings of
/// <c>$ref</c>): an appendix's roadmap would show the help of the root <c>roadmap</c>. So a property
/// that refers to an earlier, unrelated place gets a copy of it with its own description; only a
/// reference to an enclosing schema (a point's sub-points) stays a reference, which is what makes it
/// recursive.
/// </summary>
internal static class SchemaReferences
{
    private const string Reference = "$ref";

    /// <summary>Rewrites <paramref name="body"/> in place; its references are relative to it (<c>#/…</c>).</summary>
    public static void InlineRepeatedProperties(JsonObject body) => Walk(body, body, "#");

    private static void Walk(JsonObject root, JsonObject schema, string path)
    {
        if (schema["properties"] is JsonObject properties)
        {
            foreach (var (name, property) in properties.ToList())
            {
                var at = path + "/properties/" + name;
                if (property is JsonObject { } member && (string?)member[Reference] is { } target)
                {
                    properties[name] = Resolve(root, member, target, at);
                }

                if (properties[name] is JsonObject resolved)
                {
                    Walk(root, resolved, at);
                }
            }
        }

        foreach (var keyword in new[] { "items", "additionalProperties" })
        {
            if (schema[keyword] is JsonObject nested)
            {
                StripNotes(nested);
                Walk(root, nested, path + "/" + keyword);
            }
        }
    }

    private static JsonObject Resolve(JsonObject root, JsonObject member, string target, string at)
    {
        // A reference to an enclosing schema is a recursion: it must stay one.
        if (at.StartsWith(target + "/", StringComparison.Ordinal))
        {
            return new JsonObject { [Reference] = target };
        }

        var copy = Find(root, target).DeepClone().AsObject();
        Rebase(copy, target, at);
        if ((string?)member["description"] is { } description)
        {
            copy.Remove("description");
            copy.Insert(0, "description", description);
        }

        return copy;
    }

    // References inside the copy that pointed into the original now point into the copy.
    private static void Rebase(JsonNode node, string from, string to) =>
        Retarget(node, reference => reference == from || reference.StartsWith(from + "/", StringComparison.Ordinal) ? to + reference[from.Length..] : null);

    /// <summary>
    /// Rewrites every <c>$ref</c> below <paramref name="node"/> that <paramref name="retarget"/> maps to a
    /// new pointer (null leaves the reference as it is).
    /// </summary>
    public static void Retarget(JsonNode node, Func<string, string?> retarget)
    {
        switch (node)
        {
            case JsonObject schema:
                foreach (var (key, value) in schema.ToList())
                {
                    if (key == Reference && (string?)value is { } reference && retarget(reference) is { } moved)
                    {
                        schema[key] = moved;
                    }
                    else if (value is not null)
                    {
                        Retarget(value, retarget);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array.OfType<JsonNode>())
                {
                    Retarget(item, retarget);
                }

                break;
        }
    }

    private static void StripNotes(JsonObject schema)
    {
        if (schema.ContainsKey(Reference))
        {
            schema.Remove("description");
        }
    }

    private static JsonNode Find(JsonObject root, string reference)
    {
        JsonNode node = root;
        foreach (var token in reference["#/".Length..].Split('/'))
        {
            var name = token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node[name] ?? throw new InvalidOperationException($"The schema reference {reference} leads nowhere.");
        }

        return node;
    }
}
