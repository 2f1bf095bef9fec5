using Prikaz.Diagnostics;
using Prikaz.Model;
using Prikaz.Validation;

namespace Prikaz.Import.Recognition;

/// <summary>
/// Builds the <c>parties:</c> registry from the responsible and target-group cells: one party per body,
/// whatever the spellings — an abbreviation the table introduces («(МОУО)», «(далее – МОУ)») joins its
/// full name, a name cut short at a cell's edge or missing one word joins the full spelling, and bodies
/// run together without a comma («МОУО ШНОР») are told apart by the names the table uses alone.
/// </summary>
internal static class PartyRegistry
{
    private static readonly string[] Keys = ["responsible", "targetGroup"];

    public static void Build(DraftOrder order)
    {
        var roadmap = order.Roadmap!;
        var cells = new List<(DraftItem Item, string Key, List<PartySegment> Segments)>();
        foreach (var item in roadmap.AllItems)
        {
            foreach (var key in Keys)
            {
                if (item.Cells.TryGetValue(key, out var text) && text.Length > 0)
                {
                    cells.Add((item, key, PartySegment.Split(text)));
                }
            }
        }

        // Sorted, so that which known name wins never depends on hashing (string hashes differ per process).
        var standalone = cells.SelectMany(c => c.Segments).Select(s => s.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var cell in cells)
        {
            var split = new List<PartySegment>();
            foreach (var whole in cell.Segments)
            {
                var segment = whole;

                // «ГБУ ДПО РЦОКИО, органы местного самоуправления, … (далее – МОУ)»: a body the table also
                // names alone, before a comma, is a body of its own even when the next one starts in lower case.
                while (standalone.Where(k => k != segment.Name && segment.Name.StartsWith(k + ", ", StringComparison.Ordinal)).MaxBy(k => k.Length) is { } head)
                {
                    split.Add(new PartySegment(head, null, null));
                    segment = segment with { Name = segment.Name[(head.Length + 2)..] };
                    cell.Item.Guessed(cell.Key, $"«{head}» отделено от следующего наименования по запятой");
                }

                var pieces = Decompose(segment.Name, standalone);
                if (pieces.Count > 1)
                {
                    cell.Item.Guessed(cell.Key, $"«{segment.Name}» прочитано как {pieces.Count} исполнителя: {string.Join("; ", pieces.Select(p => "«" + p + "»"))}");
                    split.AddRange(pieces.Take(pieces.Count - 1).Select(p => new PartySegment(p, null, null)));
                    split.Add(segment with { Name = pieces[^1] });
                }
                else
                {
                    split.Add(segment);
                }
            }

            cell.Segments.Clear();
            cell.Segments.AddRange(split);
        }

        var bodies = new Bodies();
        foreach (var segment in cells.SelectMany(c => c.Segments))
        {
            bodies.Add(segment.Name);
            if (segment.Alias is { } alias)
            {
                bodies.Add(alias);
                bodies.Join(segment.Name, alias);
            }
        }

        bodies.JoinSpellings();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var partyOf = new Dictionary<string, DraftParty>(StringComparer.Ordinal);
        foreach (var cluster in bodies.Clusters())
        {
            if (cluster.All(n => char.IsLower(n[0])))
            {
                continue;
            }

            var aliases = cluster.Where(n => cells.Any(c => c.Segments.Any(s => s.Alias == n))).ToList();
            var abbreviations = cluster.Where(n => n.Split(' ').All(PartySegment.IsAbbreviation)).ToList();
            var printed = aliases.Count > 0
                ? abbreviations.OrderByDescending(a => a.Length).ThenBy(a => a, StringComparer.Ordinal).First()
                : cluster.OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).First();
            var fullName = aliases.Count > 0
                ? cluster.Where(n => !abbreviations.Contains(n)).OrderByDescending(n => n.Length).FirstOrDefault()
                : null;
            var party = new DraftParty { Id = PartyId.For(printed, taken), Name = printed, FullName = fullName };
            var others = cluster.Where(n => n != printed && n != fullName).ToList();
            if (others.Count > 0)
            {
                party.Guessed(null, $"одна организация под разными написаниями: {string.Join("; ", others.Select(o => "«" + o + "»"))} — записано как «{printed}»");
            }

            if (fullName is not null)
            {
                party.Guessed("fullName", $"полное наименование взято из ячейки, где введено сокращение «{aliases[0]}»");
            }

            order.Parties.Add(party);
            foreach (var name in cluster)
            {
                partyOf[name] = party;
            }
        }

        foreach (var (item, key, segments) in cells)
        {
            var refs = key == "responsible" ? item.Responsible : item.TargetGroup;
            foreach (var segment in segments)
            {
                var reference = partyOf.TryGetValue(segment.Name, out var party)
                    ? new PartyRef { Party = party.Id, Note = segment.Note }
                    : new PartyRef { Text = segment.Name + (segment.Note is null ? string.Empty : $" ({segment.Note})") };
                if (party is not null && segment.Alias is null && segment.Name != party.Name)
                {
                    item.Guessed(key, $"в ячейке напечатано «{segment.Name}»: это исполнитель «{party.Name}» ({party.Id})");
                }

                if (reference.Text is not null)
                {
                    item.Guessed(key, $"«{segment.Name}» — не организация (со строчной буквы): записано свободным текстом");
                }

                if (!refs.Contains(reference))
                {
                    refs.Add(reference);
                }
            }

            if (segments.Any(s => s.Alias is not null))
            {
                item.Guessed(key, "в ячейке было полное наименование с сокращением в скобках: печатается сокращение из реестра исполнителей");
            }
        }

        if (order.Parties.Count > 0)
        {
            order.Recognised("parties", $"реестр исполнителей: {order.Parties.Count}");
        }
    }

    /// <summary>
    /// Splits «Муниципальные органы управления образованием Образовательные организации … ТОИПКРО» at the
    /// names the table also uses alone; every leftover piece must start with a capital letter.
    /// </summary>
    private static List<string> Decompose(string name, IReadOnlyList<string> known)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return [name];
        }

        var candidates = known.Where(k => k != name).Select(k => k.Split(' ')).Where(k => k.Length < words.Length).OrderByDescending(k => k.Length).ThenBy(k => string.Join(' ', k), StringComparer.Ordinal).ToList();
        var pieces = new List<string>();
        var pending = new List<string>();
        var found = false;
        for (var i = 0; i < words.Length;)
        {
            var match = candidates.FirstOrDefault(c => i + c.Length <= words.Length && words.Skip(i).Take(c.Length).SequenceEqual(c, StringComparer.Ordinal));
            if (match is null)
            {
                pending.Add(words[i]);
                i++;
                continue;
            }

            if (pending.Count > 0)
            {
                pieces.Add(string.Join(' ', pending));
                pending.Clear();
            }

            pieces.Add(string.Join(' ', match));
            found = true;
            i += match.Length;
        }

        if (pending.Count > 0)
        {
            pieces.Add(string.Join(' ', pending));
        }

        return found && pieces.Count > 1 && pieces.All(p => char.IsUpper(p[0]) || p[0] == '«') ? pieces : [name];
    }

    /// <summary>Names joined into bodies (union–find over spellings).</summary>
    private sealed class Bodies
    {
        private readonly Dictionary<string, string> parent = new(StringComparer.Ordinal);
        private readonly List<string> order = [];

        public void Add(string name)
        {
            if (parent.TryAdd(name, name))
            {
                order.Add(name);
            }
        }

        public void Join(string a, string b) => parent[Find(a)] = Find(b);

        public void JoinSpellings()
        {
            for (var i = 0; i < order.Count; i++)
            {
                for (var j = i + 1; j < order.Count; j++)
                {
                    if (SameBody(order[i], order[j]))
                    {
                        Join(order[i], order[j]);
                    }
                }
            }
        }

        public IEnumerable<List<string>> Clusters() =>
            order.GroupBy(Find, StringComparer.Ordinal).Select(g => g.ToList());

        private string Find(string name)
        {
            while (parent[name] != name)
            {
                name = parent[name] = parent[parent[name]];
            }

            return name;
        }

        private static bool SameBody(string a, string b)
        {
            if (PlainText.Key(a) == PlainText.Key(b))
            {
                return true;
            }

            var aIsAbbreviation = !a.Contains(' ') && PartySegment.IsAbbreviation(a);
            var bIsAbbreviation = !b.Contains(' ') && PartySegment.IsAbbreviation(b);
            if (aIsAbbreviation && bIsAbbreviation)
            {
                return Math.Min(a.Length, b.Length) >= 3 && EditDistance.Distance(a, b) == 1;
            }

            var wordsA = PlainText.Words(a);
            var wordsB = PlainText.Words(b);
            if (PlainText.HasOpenQuote(a) && wordsA.Count >= 3 && wordsB.Take(wordsA.Count).SequenceEqual(wordsA))
            {
                return true;
            }

            if (PlainText.HasOpenQuote(b) && wordsB.Count >= 3 && wordsA.Take(wordsB.Count).SequenceEqual(wordsB))
            {
                return true;
            }

            return Math.Min(wordsA.Count, wordsB.Count) >= 4 && OneWordMissing(wordsA, wordsB);
        }

        /// <summary>One name is the other with one word left out (never a different word: «Челябинской» is not «Амурской»).</summary>
        private static bool OneWordMissing(IReadOnlyList<string> a, IReadOnlyList<string> b)
        {
            var (shorter, longer) = a.Count < b.Count ? (a, b) : (b, a);
            if (longer.Count != shorter.Count + 1)
            {
                return false;
            }

            var skipped = 0;
            for (int i = 0, j = 0; i < shorter.Count; j++)
            {
                if (shorter[i] == longer[j])
                {
                    i++;
                }
                else if (++skipped > 1)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
