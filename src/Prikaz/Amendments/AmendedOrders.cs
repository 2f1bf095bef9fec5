using Prikaz.Amendments.Checking;
using Prikaz.Amendments.Files;
using Prikaz.Diagnostics;
using Prikaz.Kinds;
using Prikaz.Loading;
using Prikaz.Model;

namespace Prikaz.Amendments;

/// <summary>The order an amendment amends, opened in the workspace.</summary>
internal sealed record OpenedOrder(LoadedDocument Loaded, OrderFile File);

/// <summary>Finds the order an amendment names, relative to the amendment's own file and never outside the workspace.</summary>
internal static class AmendedOrders
{
    /// <summary>The amended order when it can be read without errors; otherwise null (<see cref="WhyNot"/> says why).</summary>
    public static OpenedOrder? Open(LoadedDocument amendment, AmendmentFile model, DocumentWorkspace workspace) =>
        workspace.Open(amendment, model.Amends.File) is { HasErrors: false, Model: OrderFile file } loaded ? new OpenedOrder(loaded, file) : null;

    public static string WhyNot(LoadedDocument amendment, AmendmentFile model, DocumentWorkspace workspace)
    {
        var reference = model.Amends.File;
        var display = Display(amendment, model);
        if (workspace.Open(amendment, reference) is not { } loaded)
        {
            return $"файл «{reference}» вне рабочей папки (репозитория): изменяемый приказ должен лежать в том же репозитории, путь — относительно этого файла";
        }

        if (loaded.Diagnostics.Any(d => d.Code == LoadCodes.FileNotFound))
        {
            return $"нет файла изменяемого приказа {display} (путь считается от папки этого файла)";
        }

        if (loaded.HasErrors)
        {
            return $"в изменяемом приказе {display} есть ошибки; сначала исправьте его (prikaz validate {display})";
        }

        return $"{display} — не приказ с «дорожной картой», а {loaded.Kind?.Description ?? "неизвестный документ"}";
    }

    /// <summary>The amended order's file as messages name it: beside the amendment as the user named that.</summary>
    public static string Display(LoadedDocument amendment, AmendmentFile model) =>
        Path.Combine(Path.GetDirectoryName(amendment.Map.File) ?? string.Empty, model.Amends.File).Replace('\\', '/');

    /// <summary>
    /// The signed edition whose numbering amendments use: the first of the file's editions, else the order
    /// itself; null for a draft, which has no date and number yet and cannot be amended.
    /// </summary>
    public static Edition? Signed(OrderFile file) =>
        file.Editions.Count > 0 ? file.Editions[0]
        : file.Order is { Date: { } date, Number: { } number } ? new Edition { Date = date, Number = number }
        : null;

    /// <summary>
    /// The amended order with the restated appendix in place of its own: the parties of both, and this
    /// amendment among the editions, so exclusion marks it makes are valid.
    /// </summary>
    public static OrderFile WithAppendix(OrderFile file, AmendmentFile amendment, Roadmap appendix)
    {
        var mark = AmendmentTranslation.Mark(amendment);
        var parties = new Dictionary<string, Party>(file.Parties, StringComparer.Ordinal);
        foreach (var (id, party) in amendment.Parties)
        {
            parties[id] = party;
        }

        var editions = file.Editions.Count == 0
            ? [.. Signed(file) is { } approving ? [approving] : Array.Empty<Edition>(), mark]
            : file.Editions.Any(edition => EditionNames.Same(edition, mark)) ? file.Editions : [.. file.Editions, mark];
        return file with { Parties = parties, Roadmap = appendix, Editions = editions };
    }
}
