using System.Globalization;
using System.Text.Json.Nodes;
using Prikaz.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Prikaz.Loading;

/// <summary>
/// Reads one YAML document into a System.Text.Json tree, recording where each value stands.
/// Works on YamlDotNet's event stream, so the limits below hold before anything large is built.
/// </summary>
/// <remarks>
/// Every scalar becomes a JSON string, except the plain null forms (empty, <c>~</c>, <c>null</c>) which
/// become JSON null. This is YAML's failsafe view: a clerk's <c>number: 31</c>, <c>number: 017/1324</c>
/// and <c>title: yes</c> all stay the text that was typed (no YAML 1.1 booleans, no octal, no 1.10 → 1.1).
/// The few numbers of the model are read from text by <see cref="Schema.ModelJson.Options"/>.
/// </remarks>
internal sealed class YamlJsonReader
{
    /// <summary>Real roadmaps nest about ten levels; 64 stops a hostile file long before the stack is at risk.</summary>
    public const int MaxDepth = 64;

    /// <summary>Values produced in total, alias expansion included: defeats "billion laughs".</summary>
    public const int MaxNodes = 100_000;

    private readonly string text;
    private readonly string file;
    private readonly IParser parser;
    private readonly SourceMap map;
    private readonly Dictionary<string, SourcePosition> keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (JsonNode? Node, int Size)> anchors = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> diagnostics = [];
    private readonly Stack<(Mark Start, bool IsSequence)> openFlows = new();
    private int nodes;

    private YamlJsonReader(string text, string file)
    {
        this.text = text;
        this.file = file;
        parser = new Parser(new StringReader(text));
        map = new SourceMap(file);
    }

    /// <summary>
    /// Reads <paramref name="text"/>; the root must be a mapping. Never throws on bad input. After a
    /// problem that leaves the rest untrustworthy the root is null; after a duplicate key the first value
    /// is kept, so the schema can still report the file's other problems in the same run.
    /// </summary>
    public static YamlDocument Read(string text, string file)
    {
        var reader = new YamlJsonReader(text, file);
        JsonNode? root = null;
        try
        {
            root = reader.ReadStream();
        }
        catch (Abort abort)
        {
            reader.diagnostics.Add(abort.Diagnostic);
        }
        catch (YamlException e)
        {
            reader.diagnostics.Add(reader.Syntax(e));
        }

        return new YamlDocument(root, reader.map, reader.keys, reader.diagnostics);
    }

    private JsonNode? ReadStream()
    {
        Next();
        Expect<StreamStart>();
        if (parser.Current is StreamEnd)
        {
            throw new Abort(Error(SourcePosition.None, LoadCodes.FileEmpty, "файл пуст"));
        }

        var document = Expect<DocumentStart>();
        var root = ReadNode(string.Empty, 1);
        Expect<DocumentEnd>();
        if (parser.Current is DocumentStart second)
        {
            throw new Abort(Error(At(second.Start), LoadCodes.MultipleDocuments,
                "в файле несколько документов YAML (разделитель ---); в одном файле — один приказ"));
        }

        if (root is null)
        {
            throw new Abort(Error(SourcePosition.None, LoadCodes.FileEmpty, "файл пуст"));
        }

        if (root is not JsonObject)
        {
            throw new Abort(Error(map.Locate(string.Empty) is { Line: > 0 } p ? p : At(document.Start), LoadCodes.RootNotMapping,
                $"файл должен состоять из полей «ключ: значение» (authority, order, roadmap …), а в нём {Describe(root)}"));
        }

        return root;
    }

    /// <summary>Reads the node at the current event; a null <paramref name="pointer"/> reads without recording positions.</summary>
    private JsonNode? ReadNode(string? pointer, int depth)
    {
        var current = parser.Current ?? throw new Abort(Error(SourcePosition.None, LoadCodes.YamlSyntax, "файл неожиданно кончился"));
        if (depth > MaxDepth)
        {
            throw new Abort(Error(At(current.Start), LoadCodes.TooDeep, string.Create(CultureInfo.InvariantCulture,
                $"вложенность глубже {MaxDepth} уровней; проверьте отступы и скобки")));
        }

        var start = nodes;
        Count(current.Start);
        if (pointer is not null)
        {
            map.Add(pointer, At(current.Start));
        }

        JsonNode? node = current switch
        {
            Scalar scalar => ReadScalar(scalar),
            SequenceStart sequence => ReadSequence(sequence, pointer, depth),
            MappingStart mapping => ReadMapping(mapping, pointer, depth),
            AnchorAlias alias => ReadAlias(alias),
            _ => throw new Abort(Error(At(current.Start), LoadCodes.YamlSyntax, "ошибка синтаксиса YAML")),
        };

        if (current is NodeEvent { Anchor.IsEmpty: false } anchored)
        {
            anchors[anchored.Anchor.Value] = (node, nodes - start);
        }

        return node;
    }

    private JsonNode? ReadScalar(Scalar scalar)
    {
        Next();
        CheckCharacters(scalar);
        return scalar is { Style: ScalarStyle.Plain, Tag.IsEmpty: true } && scalar.Value is "" or "~" or "null" or "Null" or "NULL"
            ? null
            : JsonValue.Create(scalar.Value);
    }

    // The text of the file is clean (SourceText), but a double-quoted scalar can spell any character as
    // an escape; one a document cannot hold is reported at the escape, and reading goes on.
    private void CheckCharacters(Scalar scalar)
    {
        if (ForbiddenCharacter.Find(scalar.Value) is not { } found)
        {
            return;
        }

        var index = ForbiddenCharacter.EscapeIndex(text, (int)scalar.Start.Index, (int)scalar.End.Index, found.CodePoint);
        diagnostics.Add(Error(SourceText.PositionAt(text, index), LoadCodes.ControlCharacter,
            $"недопустимый символ {ForbiddenCharacter.Describe(found.CodePoint)}; уберите его из значения"));
    }

    private JsonArray ReadSequence(SequenceStart start, string? pointer, int depth)
    {
        var flow = start.Style == SequenceStyle.Flow;
        if (flow)
        {
            openFlows.Push((start.Start, IsSequence: true));
        }

        Next();
        var array = new JsonArray();
        while (parser.Current is not SequenceEnd)
        {
            array.Add(ReadNode(pointer is null ? null : JsonPointer.Index(pointer, array.Count), depth + 1));
        }

        if (flow)
        {
            openFlows.Pop();
        }

        Next();
        return array;
    }

    private JsonObject ReadMapping(MappingStart start, string? pointer, int depth)
    {
        var flow = start.Style == MappingStyle.Flow;
        if (flow)
        {
            openFlows.Push((start.Start, IsSequence: false));
        }

        Next();
        var mapping = new JsonObject();
        var firstKeys = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        while (parser.Current is not MappingEnd)
        {
            if (parser.Current is not Scalar key)
            {
                var position = parser.Current is { } e ? At(e.Start) : SourcePosition.None;
                throw new Abort(Error(position, LoadCodes.ComplexKey, "ключ должен быть простым текстом (например, title:), а не списком или набором полей"));
            }

            Next();
            CheckCharacters(key);
            var keyPosition = At(key.Start);
            var valuePointer = pointer is null ? null : JsonPointer.Property(pointer, key.Value);
            if (firstKeys.TryGetValue(key.Value, out var first))
            {
                diagnostics.Add(Error(keyPosition, LoadCodes.DuplicateKey, string.Create(CultureInfo.InvariantCulture,
                    $"поле \"{key.Value}\" уже указано в строке {first.Line}; оставьте одно")));

                // Read past the duplicate without recording it: the first value is the one bound.
                ReadNode(null, depth + 1);
                continue;
            }

            firstKeys[key.Value] = keyPosition;
            if (valuePointer is not null)
            {
                keys[valuePointer] = keyPosition;
            }

            mapping[key.Value] = ReadNode(valuePointer, depth + 1);
        }

        if (flow)
        {
            openFlows.Pop();
        }

        Next();
        return mapping;
    }

    private JsonNode? ReadAlias(AnchorAlias alias)
    {
        Next();
        if (!anchors.TryGetValue(alias.Value.Value, out var anchor))
        {
            throw new Abort(Error(At(alias.Start), LoadCodes.UnknownAnchor,
                $"ссылка *{alias.Value.Value} на метку &{alias.Value.Value}, которой выше нет"));
        }

        // The alias itself was counted by ReadNode; its copy adds the rest of the anchored subtree.
        Count(alias.Start, anchor.Size - 1);
        return anchor.Node?.DeepClone();
    }

    private void Count(Mark where, int count = 1)
    {
        nodes += count;
        if (nodes > MaxNodes)
        {
            throw new Abort(Error(At(where), LoadCodes.TooManyNodes, string.Create(CultureInfo.InvariantCulture,
                $"в файле больше {MaxNodes} значений (с учётом ссылок *метка); так много не бывает — проверьте ссылки")));
        }
    }

    /// <summary>
    /// Advances the event stream. YamlDotNet 18 fails with InvalidOperationException instead of a
    /// YamlException when the text ends inside an open [ … ] or { … }; report that as the unclosed bracket.
    /// </summary>
    private void Next()
    {
        try
        {
            parser.MoveNext();
        }
        catch (InvalidOperationException)
        {
            throw new Abort(openFlows.TryPeek(out var open)
                ? Error(At(open.Start), LoadCodes.YamlSyntax, open.IsSequence
                    ? "не закрыт список в квадратных скобках [ … ]"
                    : "не закрыт набор полей в фигурных скобках { … }")
                : Error(SourcePosition.None, LoadCodes.YamlSyntax, "файл неожиданно кончился; проверьте скобки и кавычки"));
        }
    }

    private T Expect<T>() where T : ParsingEvent
    {
        if (parser.Current is T expected)
        {
            Next();
            return expected;
        }

        var position = parser.Current is { } e ? At(e.Start) : SourcePosition.None;
        throw new Abort(Error(position, LoadCodes.YamlSyntax, "ошибка синтаксиса YAML"));
    }

    private Diagnostic Syntax(YamlException e)
    {
        var position = At(e.Start);

        // The error's span starts where the enclosing construct began; the tab itself is further on.
        var lines = text.Split('\n');
        var last = e.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) ? lines.Length : Math.Max(position.Line, (int)e.End.Line);
        for (var line = Math.Max(1, position.Line); line <= Math.Min(last, lines.Length); line++)
        {
            var lineText = lines[line - 1];
            var indentation = lineText.Length - lineText.TrimStart(' ', '\t').Length;
            var tab = lineText.IndexOf('\t', StringComparison.Ordinal);
            if (tab >= 0 && tab < indentation)
            {
                return Error(new SourcePosition(line, tab + 1), LoadCodes.TabIndentation,
                    "отступ сделан табуляцией; в YAML отступы делаются только пробелами");
            }
        }

        return EscapeProblem(e) ?? Error(position, LoadCodes.YamlSyntax, SyntaxMessage(e.Message));
    }

    // A double-quoted scalar whose escape YamlDotNet refuses: reported at the escape itself, saying what is
    // wrong with it, rather than as an unclosed quote.
    private Diagnostic? EscapeProblem(YamlException e)
    {
        var start = (int)Math.Min(e.Start.Index, text.Length);
        var lineEnd = text.IndexOf('\n', start) is var end and >= 0 ? end : text.Length;
        if (e.Message.Contains("invalid Unicode surrogates", StringComparison.Ordinal) &&
            ForbiddenCharacter.LoneSurrogateEscape(text, start, lineEnd) is { } surrogate)
        {
            return Error(SourceText.PositionAt(text, surrogate.Index), LoadCodes.ControlCharacter,
                $"недопустимый символ {ForbiddenCharacter.Describe(surrogate.CodePoint)}: escape-последовательность не задаёт символ; " +
                "символ вне основной плоскости пишется одной последовательностью \\U0001F600 или парой \\uD83D\\uDE00");
        }

        if (e.Message.Contains("unknown escape character", StringComparison.Ordinal) ||
            e.Message.Contains("invalid Unicode character escape code", StringComparison.Ordinal))
        {
            var backslash = text.IndexOf('\\', start, lineEnd - start);
            return Error(SourceText.PositionAt(text, backslash >= 0 ? backslash : start), LoadCodes.YamlSyntax,
                "неверная escape-последовательность после \\ в значении в двойных кавычках; " +
                "чтобы написать саму обратную косую черту, удвойте её (\\\\) или возьмите значение в одинарные кавычки");
        }

        return null;
    }

    /// <summary>Russian wording for the YamlDotNet errors a clerk meets; others keep the original detail.</summary>
    private static string SyntaxMessage(string message)
    {
        var detail = message.Contains("):", StringComparison.Ordinal) ? message[(message.IndexOf("):", StringComparison.Ordinal) + 2)..].Trim() : message;
        return detail switch
        {
            _ when detail.Contains("flow sequence", StringComparison.OrdinalIgnoreCase) =>
                "не закрыт список в квадратных скобках [ … ] или в нём пропущена запятая",
            _ when detail.Contains("flow mapping", StringComparison.OrdinalIgnoreCase) =>
                "не закрыт набор полей в фигурных скобках { … } или в нём пропущена запятая",
            _ when detail.Contains("quoted scalar", StringComparison.OrdinalIgnoreCase) =>
                "не закрыта кавычка",
            _ when detail.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase)
                || detail.Contains("invalid mapping", StringComparison.OrdinalIgnoreCase) =>
                "двоеточие с пробелом внутри значения; возьмите значение в кавычки или проверьте отступ",
            _ when detail.Contains("cannot start any token", StringComparison.OrdinalIgnoreCase) =>
                "с этого символа (например, @ или `) значение начинаться не может; возьмите значение в кавычки",
            _ when detail.Contains("anchor or alias", StringComparison.OrdinalIgnoreCase) =>
                "неверная метка &… или ссылка *…; если это текст, возьмите его в кавычки",
            _ when detail.Contains("scanning a tag", StringComparison.OrdinalIgnoreCase) =>
                "неверный тег !…; если это текст, возьмите его в кавычки",
            _ when detail.Contains("directive", StringComparison.OrdinalIgnoreCase) =>
                "строка, начинающаяся с %, — директива YAML; если это текст, возьмите его в кавычки",
            _ when detail.Contains("expected node content", StringComparison.OrdinalIgnoreCase) =>
                "здесь ожидалось значение; проверьте отступы, дефисы и скобки",
            _ when detail.Contains("could not find expected ':'", StringComparison.OrdinalIgnoreCase) =>
                "после ключа нет двоеточия",
            _ when detail.Contains("document end", StringComparison.OrdinalIgnoreCase) =>
                "лишний текст после конца документа; проверьте отступы",
            _ when detail.Contains("block", StringComparison.OrdinalIgnoreCase) =>
                "нарушены отступы: проверьте, что поля одного уровня начинаются с одного столбца",
            _ => $"ошибка синтаксиса YAML ({detail})",
        };
    }

    private static string Describe(JsonNode? node) => node switch
    {
        JsonArray => "список",
        _ => "только текст",
    };

    private static SourcePosition At(Mark mark) => mark.Line > 0 ? new SourcePosition((int)mark.Line, (int)mark.Column) : SourcePosition.None;

    private Diagnostic Error(SourcePosition position, string code, string message) =>
        new(file, position.Line, position.Column, Severity.Error, code, message);

    /// <summary>Stops reading at the first problem after which the rest of the file cannot be trusted.</summary>
    private sealed class Abort(Diagnostic diagnostic) : Exception(diagnostic.Message)
    {
        public Diagnostic Diagnostic { get; } = diagnostic;
    }
}
