using Prikaz.Model;
using Prikaz.Numbering;

namespace Prikaz.Tests.Amendments;

/// <summary>
/// Makes the next edition of an order file the way an amendment order would, at random but from a
/// seed: words of a cell, a point or a title changed, an item restated, added at the end of its section
/// or inserted under a sub-number, excluded (kept in place, marked), moved (excluded here, inserted
/// there), a party renamed. Never renumbers: the comparer must find the changes, not a renumbering.
/// </summary>
internal sealed class RandomAmendment(Random random, OrderFile edition, IReadOnlyList<string> vocabulary)
{
    private OrderFile file = edition;

    /// <summary>The next edition: the amendment order <paramref name="amending"/> recorded, then 1–6 edits.</summary>
    public OrderFile Next(Edition amending)
    {
        file = file with { Editions = [.. file.Editions, amending] };
        var edits = random.Next(1, 7);
        for (var i = 0; i < edits; i++)
        {
            Edit(amending);
        }

        return file;
    }

    private void Edit(Edition amending)
    {
        switch (random.Next(12))
        {
            case 0 or 1: EditItemWords(); break;
            case 2: RestateItem(); break;
            case 3: AddItem(subNumber: false); break;
            case 4: AddItem(subNumber: true); break;
            case 5: ExcludeItem(amending); break;
            case 6: MoveItem(amending); break;
            case 7: EditPoint(); break;
            case 8: AddPoint(); break;
            case 9: EditSectionTitle(); break;
            case 10: RenameParty(); break;
            default: EditPassportOrColumn(); break;
        }
    }

    private List<List<Item>> Groups() => file.Roadmap!.Sections.Count > 0
        ? file.Roadmap.Sections.Select(s => s.Items.ToList()).ToList()
        : [file.Roadmap.Items.ToList()];

    private void SetGroup(int group, List<Item> items)
    {
        var roadmap = file.Roadmap!;
        file = file with
        {
            Roadmap = roadmap.Sections.Count > 0
                ? roadmap with { Sections = [.. roadmap.Sections.Select((s, i) => i == group ? s with { Items = items } : s)] }
                : roadmap with { Items = items },
        };
    }

    private (int Group, int Index)? ActiveItem()
    {
        var candidates = Groups().SelectMany((items, g) => items.Select((item, i) => (g, i, item)))
            .Where(c => c.item.Excluded is null).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var pick = candidates[random.Next(candidates.Count)];
        return (pick.g, pick.i);
    }

    private void EditItemWords()
    {
        if (ActiveItem() is not var (g, i))
        {
            return;
        }

        var items = Groups()[g];
        var item = items[i];
        items[i] = random.Next(3) switch
        {
            0 when item.Result is { } result => item with { Result = Words(result) },
            1 when item.Deadline is not null && OtherDeadline() is { } other => item with { Deadline = other },
            _ => item with { Activity = Words(item.Activity) },
        };
        SetGroup(g, items);
    }

    private void RestateItem()
    {
        if (ActiveItem() is not var (g, i))
        {
            return;
        }

        var items = Groups()[g];
        items[i] = NewItem(items[i]) with { Number = items[i].Number, Id = items[i].Id };
        SetGroup(g, items);
    }

    private void AddItem(bool subNumber)
    {
        var groups = Groups();
        var g = random.Next(groups.Count);
        var items = groups[g];
        if (!subNumber || items.Count == 0)
        {
            items.Add(NewItem(items.Count > 0 ? items[random.Next(items.Count)] : null));
        }
        else
        {
            Insert(items, g, random.Next(items.Count), NewItem(items[random.Next(items.Count)]));
        }

        SetGroup(g, items);
    }

    /// <summary>Inserts <paramref name="item"/> after the item at <paramref name="after"/> and its sub-numbers, under the next sub-number.</summary>
    private void Insert(List<Item> items, int group, int after, Item item)
    {
        var numbers = Numbers(group);
        var parent = numbers[after];
        var at = after + 1;
        var children = 0;
        while (at < items.Count && numbers[at].StartsWith(parent + ".", StringComparison.Ordinal))
        {
            children += PinnedNumber.Below(numbers[at], parent + ".") is { Count: 1 } ? 1 : 0;
            at++;
        }

        items.Insert(at, item with { Number = $"{parent}.{children + 1}" });
    }

    private List<string> Numbers(int group)
    {
        var numbering = RoadmapNumbering.Of(file.Roadmap!);
        return (numbering.Sections.Count > 0 ? numbering.Sections[group].Items : numbering.Items).Select(i => i.Number).ToList();
    }

    private void ExcludeItem(Edition amending)
    {
        if (ActiveItem() is not var (g, i))
        {
            return;
        }

        var items = Groups()[g];
        items[i] = items[i] with { Excluded = amending };
        SetGroup(g, items);
    }

    private void MoveItem(Edition amending)
    {
        if (ActiveItem() is not var (g, i))
        {
            return;
        }

        var items = Groups()[g];
        var moved = items[i] with { Number = null, Id = null, Excluded = null };
        items[i] = items[i] with { Excluded = amending };
        SetGroup(g, items);
        if (random.Next(2) == 0)
        {
            items.Add(moved);
        }
        else
        {
            Insert(items, g, random.Next(items.Count), moved);
        }

        SetGroup(g, items);
    }

    private void EditPoint()
    {
        var points = file.Order.Points.ToList();
        var p = random.Next(points.Count);
        points[p] = points[p] with { Text = Words(points[p].Text) };
        file = file with { Order = file.Order with { Points = points } };
    }

    private void AddPoint() =>
        file = file with { Order = file.Order with { Points = [.. file.Order.Points, new Point { Text = Sentence(6, 14) }] } };

    private void EditSectionTitle()
    {
        var roadmap = file.Roadmap!;
        if (roadmap.Sections.Count == 0)
        {
            return;
        }

        var s = random.Next(roadmap.Sections.Count);
        file = file with { Roadmap = roadmap with { Sections = [.. roadmap.Sections.Select((section, i) => i == s ? section with { Title = Words(section.Title) } : section)] } };
    }

    private void RenameParty()
    {
        var id = file.Parties.Keys.ElementAt(random.Next(file.Parties.Count));
        var parties = file.Parties.ToDictionary(p => p.Key, p => p.Key == id ? p.Value with { Name = Words(p.Value.Name) } : p.Value);
        file = file with { Parties = parties };
    }

    private void EditPassportOrColumn()
    {
        var roadmap = file.Roadmap!;
        if (roadmap.Passport is { Goal: { } goal } passport && random.Next(2) == 0)
        {
            file = file with { Roadmap = roadmap with { Passport = passport with { Goal = Words(goal) } } };
            return;
        }

        var c = random.Next(roadmap.Columns.Count);
        file = file with { Roadmap = roadmap with { Columns = [.. roadmap.Columns.Select((column, i) => i == c ? column with { Title = Words(column.Title) } : column)] } };
    }

    /// <summary>A deadline another item of the file has, so that it stays valid in this roadmap's period.</summary>
    private Deadline? OtherDeadline()
    {
        var deadlines = Groups().SelectMany(items => items).Select(item => item.Deadline).OfType<Deadline>().ToList();
        return deadlines.Count == 0 ? null : deadlines[random.Next(deadlines.Count)];
    }

    /// <summary>A new item, its deadline and parties borrowed from <paramref name="model"/> so it stays valid.</summary>
    private Item NewItem(Item? model) => new()
    {
        Activity = Sentence(5, 12),
        Deadline = model?.Deadline,
        Responsible = model?.Responsible ?? [],
        Result = model?.Result is null ? null : Sentence(2, 6),
        TargetGroup = model?.TargetGroup ?? [],
        Custom = model?.Custom ?? new Dictionary<string, string>(),
    };

    /// <summary><paramref name="text"/> with one word replaced, one inserted or one removed.</summary>
    private string Words(string text)
    {
        var words = text.Split(' ').ToList();
        var at = random.Next(words.Count);
        switch (random.Next(3))
        {
            case 0:
                words[at] = Word();
                break;
            case 1:
                words.Insert(random.Next(words.Count + 1), Word());
                break;
            default:
                if (words.Count > 1)
                {
                    words.RemoveAt(at);
                }
                else
                {
                    words[at] = Word();
                }

                break;
        }

        return string.Join(' ', words);
    }

    private string Sentence(int min, int max) => string.Join(' ', Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => Word()));

    private string Word() => vocabulary[random.Next(vocabulary.Count)];
}
