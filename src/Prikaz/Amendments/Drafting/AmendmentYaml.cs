using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Prikaz.Amendments.Files;
using Prikaz.Amendments.Wording;
using Prikaz.Model;
using Prikaz.Profiles;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Prikaz.Amendments.Drafting;

/// <summary>
/// Writes a drafted amendment as the YAML a clerk reviews and edits before signing: a comment header
/// that says what to check, then the file in the order of the schema, each change under a comment with
/// the words it will print. YamlDotNet's emitter decides how each scalar must be quoted; multi-line
/// texts are literal blocks, exactly as typed; numbers of units are quoted so they stay text.
/// </summary>
public static partial class AmendmentYaml
{
    /// <summary>Members whose values are numbers of units or orders: always quoted, as the seeds write them.</summary>
    private static readonly IReadOnlySet<string> Quoted = new HashSet<string>(StringComparer.Ordinal) { "number", "item", "section", "point", "after" };

    /// <param name="oldName">The amended edition as the user named it («roadmaps/x.yaml», «HEAD~1:roadmaps/x.yaml»).</param>
    /// <param name="newName">The new edition as the user named it.</param>
    /// <param name="schema">The schema for editors, relative to the folder the file is written to; null for none.</param>
    public static string Write(AmendmentDraft draft, OrderFile amended, AuthorityProfile profile, string oldName, string newName, string? schema)
    {
        var file = draft.File;
        var header = new List<string>();
        if (schema is not null)
        {
            header.Add($"yaml-language-server: $schema={schema}");
            header.Add(string.Empty);
        }

        header.AddRange(
        [
            $"Приказ о внесении изменений в приказ {OrderReference.Of(file.Amends, profile).Requisites}: черновик, составлен prikaz amend",
            $"по двум редакциям: {oldName} → {newName}.",
            string.Empty,
            "Перед подписанием проверьте и при необходимости исправьте:",
            "  - заголовок (order.title), преамбулу — основание внесения изменений (order.preamble, по образцу ниже),",
            "    подписанта (по умолчанию — из профиля органа власти) и исполнителя;",
            "  - каждое изменение (changes): над ним — слова, которыми оно будет напечатано; old — слова подписанной",
            "    редакции точно, как подписаны; new — слова новой редакции; row — новая строка таблицы целиком;",
            "  - amends.appendixName — как текст называет приложение («Внести в … следующие изменения»).",
        ]);
        if (draft.RestatedBecause is { } because)
        {
            header.Add($"Приложение излагается в новой редакции целиком (appendix), потому что {because}.");
        }

        if (draft.LeftOut.Count > 0)
        {
            header.Add("Не вошли в приказ (приказом о внесении изменений не изменяются):");
            header.AddRange(draft.LeftOut.Select(line => "  - " + line));
        }

        header.Add("prikaz validate проверит, что каждое изменение называет пункт изменяемой редакции и что заменяемые слова");
        header.Add("в ней есть; prikaz render выпустит приказ в DOCX, PDF и HTML.");

        var output = new StringWriter();
        var emitter = new Emitter(output, 2, int.MaxValue);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        foreach (var line in header)
        {
            emitter.Emit(new Comment(line, false));
        }

        emitter.Emit(new MappingStart());
        Scalar(emitter, "kind");
        Scalar(emitter, AmendmentDocumentKind.KindId);
        var root = (JsonObject)UnitJson.Pruned(UnitJson.Of(file))!;

        // Pruning keeps a section's «items» even when empty; a change has them only when it adds a section.
        foreach (var change in (root["changes"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (change["items"] is JsonArray { Count: 0 })
            {
                change.Remove("items");
            }
        }

        if (root["order"] is JsonObject order)
        {
            // Defaults the clerk need not see: an order (not a directive), signed (not a draft).
            if (UnitJson.Text(order["kind"]) == "order")
            {
                order.Remove("kind");
            }

            if (order["draft"] is JsonValue draftFlag && draftFlag.TryGetValue<bool>(out var isDraft) && !isDraft)
            {
                order.Remove("draft");
            }
        }

        var formulas = new AmendmentFormulas(file, amended, profile);
        foreach (var (key, value) in root)
        {
            Scalar(emitter, key);
            switch (key)
            {
                case "order":
                    Order(emitter, (JsonObject)value!);
                    break;
                case "changes":
                    emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Block));
                    var index = 0;
                    foreach (var change in (JsonArray)value!)
                    {
                        emitter.Emit(new Comment($"{index + 1}) {formulas.TextOf(file.Changes[index])}", false));
                        Node(emitter, change, null);
                        index++;
                    }

                    emitter.Emit(new SequenceEnd());
                    break;
                default:
                    Node(emitter, value, key);
                    break;
            }
        }

        emitter.Emit(new MappingEnd());
        emitter.Emit(new DocumentEnd(true));
        emitter.Emit(new StreamEnd());
        var text = output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n# \n", "\n#\n", StringComparison.Ordinal);
        return FirstChangeComment().Replace(text, "$1  $2");
    }

    /// <summary>The order's requisites, then a commented example of what the clerk usually adds.</summary>
    private static void Order(IEmitter emitter, JsonObject order)
    {
        emitter.Emit(new MappingStart());
        foreach (var (key, value) in order)
        {
            Scalar(emitter, key);
            Node(emitter, value, key);
        }

        foreach (var example in new[]
        {
            "preamble: В целях уточнения сроков и состава мероприятий «дорожной карты»",
            "points:                        # после пункта о внесении изменений; тогда изменения — пункт 1",
            "  - text: Контроль исполнения настоящего приказа оставляю за собой.",
            "executor: {name: И.О. Фамилия, phone: 8 (000) 000-00-00}",
        })
        {
            emitter.Emit(new Comment(example, false));
        }

        emitter.Emit(new MappingEnd());
    }

    private static void Node(IEmitter emitter, JsonNode? node, string? key)
    {
        switch (node)
        {
            case JsonObject obj:
                emitter.Emit(new MappingStart());
                foreach (var (member, value) in obj)
                {
                    Scalar(emitter, member);
                    Node(emitter, value, member);
                }

                emitter.Emit(new MappingEnd());
                break;
            case JsonArray array:
                // A list of short texts (parties, deadlines) reads best on one line, as the seeds write it.
                var flow = array.All(e => UnitJson.Text(e) is { } t && !t.Contains('\n', StringComparison.Ordinal) && t.Length < 40);
                emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, true, flow ? SequenceStyle.Flow : SequenceStyle.Block));
                foreach (var element in array)
                {
                    Node(emitter, element, null);
                }

                emitter.Emit(new SequenceEnd());
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                var text = value.GetValue<string>();
                var style = text.Length == 0 || (key is not null && Quoted.Contains(key)) ? ScalarStyle.DoubleQuoted
                    : text.Contains('\n', StringComparison.Ordinal) ? ScalarStyle.Literal
                    : ScalarStyle.Any;
                emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, text, style, true, true));
                break;
            case null:
                emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, "null", ScalarStyle.Plain, true, false));
                break;
            default:
                emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, node.ToJsonString(), ScalarStyle.Plain, true, false));
                break;
        }
    }

    private static void Scalar(IEmitter emitter, string text) =>
        emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, text, ScalarStyle.Any, true, false));

    // The emitter writes a comment before the first entry of a sequence at the key's indentation; the
    // others stand at the entries' own.
    [GeneratedRegex(@"(\nchanges:\n)(# )")]
    private static partial Regex FirstChangeComment();
}
