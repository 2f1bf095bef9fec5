namespace Prikaz.Documents;

/// <summary>The named paragraph styles of a document, looked up by <see cref="ParagraphStyle.Id"/>.</summary>
public sealed class StyleSheet
{
    private readonly Dictionary<string, ParagraphStyle> byId;

    /// <summary>Creates a sheet; later styles with the same id replace earlier ones.</summary>
    public StyleSheet(IEnumerable<ParagraphStyle> styles)
    {
        byId = new Dictionary<string, ParagraphStyle>(StringComparer.Ordinal);
        var ordered = new List<ParagraphStyle>();
        foreach (var style in styles)
        {
            if (byId.TryGetValue(style.Id, out var previous))
            {
                ordered[ordered.IndexOf(previous)] = style;
            }
            else
            {
                ordered.Add(style);
            }

            byId[style.Id] = style;
        }

        Styles = ordered;
    }

    /// <summary>The styles in definition order.</summary>
    public IReadOnlyList<ParagraphStyle> Styles { get; }

    /// <summary>The style with this id, or <c>null</c>.</summary>
    public ParagraphStyle? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>The style with this id, falling back to <see cref="StyleIds.Normal"/> and then to built-in defaults.</summary>
    public ParagraphStyle Resolve(string id) =>
        Find(id) ?? Find(StyleIds.Normal) ?? Default.byId[StyleIds.Normal];

    /// <summary>A copy with <paramref name="styles"/> added or replacing those with the same id.</summary>
    public StyleSheet With(IEnumerable<ParagraphStyle> styles) => new(Styles.Concat(styles));

    /// <summary>
    /// The defaults of LAYOUT.md: Times New Roman, body 14 pt justified with a 12.5 mm first-line
    /// indent and single spacing, tables 12 pt, executor mark 10 pt, e-signature mark 8 pt.
    /// </summary>
    public static StyleSheet Default { get; } = new(
    [
        new ParagraphStyle { Id = StyleIds.Normal, Name = "Обычный", Alignment = Alignment.Justify, FirstLineIndentMm = 12.5 },
        new ParagraphStyle { Id = StyleIds.Letterhead, Name = "Бланк", Bold = true, Alignment = Alignment.Center },
        new ParagraphStyle { Id = StyleIds.DocumentKind, Name = "Вид документа", FontSizePt = 16, Bold = true, Alignment = Alignment.Center, SpaceBeforePt = 12, SpaceAfterPt = 12 },
        new ParagraphStyle { Id = StyleIds.Requisites, Name = "Реквизиты" },
        new ParagraphStyle { Id = StyleIds.Title, Name = "Заголовок", Bold = true, SpaceBeforePt = 12, SpaceAfterPt = 12, KeepWithNext = true },
        new ParagraphStyle { Id = StyleIds.CenteredTitle, Name = "Заголовок по центру", Bold = true, Alignment = Alignment.Center, SpaceBeforePt = 12, SpaceAfterPt = 12, KeepWithNext = true },
        new ParagraphStyle { Id = StyleIds.Point, Name = "Пункт", Alignment = Alignment.Justify, FirstLineIndentMm = 12.5 },
        new ParagraphStyle { Id = StyleIds.Signature, Name = "Подпись" },
        new ParagraphStyle { Id = StyleIds.Stamp, Name = "Гриф" },
        new ParagraphStyle { Id = StyleIds.Table, Name = "Таблица", FontSizePt = 12 },
        new ParagraphStyle { Id = StyleIds.TableHeader, Name = "Шапка таблицы", FontSizePt = 12, Bold = true, Alignment = Alignment.Center },
        new ParagraphStyle { Id = StyleIds.ElectronicSignature, Name = "Отметка об ЭП", FontSizePt = 8, Alignment = Alignment.Center },
        new ParagraphStyle { Id = StyleIds.Executor, Name = "Исполнитель", FontSizePt = 10 },
        new ParagraphStyle { Id = StyleIds.Distribution, Name = "Рассылка", FontSizePt = 12 },
    ]);
}
