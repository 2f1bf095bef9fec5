using System.Text;
using Prikaz.Import.Recognition;
using Prikaz.Import.Yaml;

namespace Prikaz.Import;

/// <summary>
/// A profile for an authority that has none yet, written from what the order shows: letterhead, short
/// name, place, the grif's issuer lines, the signatory, and the form settings the print reveals
/// (letter-spaced «П Р И К А З», stacked requisites, «1.1» without a dot, the decree run into the preamble).
/// </summary>
internal static class NewAuthorityProfile
{
    public static string IdFor(DraftOrder order)
    {
        var words = PlainText.Words(string.Join(' ', order.Letterhead));
        var initials = new string(words.Where(w => w.Length > 2).Select(w => w[0]).Take(10).ToArray());
        var id = Transliteration.Latin(initials);
        return id.Length >= 2 ? id : "imported";
    }

    public static string Yaml(DraftOrder order, string id)
    {
        var name = Sentence(string.Join(' ', order.Letterhead));
        var grif = order.Roadmap?.GrifIssuer;
        var approvedBy = order.Roadmap?.Approval == Model.ApprovalKind.Stamp && !string.IsNullOrEmpty(grif) ? grif : "приказом " + name;
        var appendixTo = order.Roadmap?.Approval == Model.ApprovalKind.Appendix && !string.IsNullOrEmpty(grif) ? grif : "к приказу " + name;
        var yaml = new StringBuilder();
        yaml.Append("# yaml-language-server: $schema=profile.schema.json\n");
        yaml.Append("# Профиль органа власти, составленный prikaz import по напечатанному приказу. Проверьте его и\n");
        yaml.Append($"# положите в templates/authorities/{id}.yaml; прочие настройки — как в default.yaml.\n\n");
        yaml.Append($"id: {id}\n");
        yaml.Append($"name: {YamlScalar.Inline(name)}\n");
        yaml.Append("letterhead:\n");
        foreach (var line in order.Letterhead.DefaultIfEmpty("НАИМЕНОВАНИЕ ОРГАНА ВЛАСТИ"))
        {
            yaml.Append($"  - {YamlScalar.Inline(line)}\n");
        }

        if (order.ShortName is { } shortName)
        {
            yaml.Append($"shortName: {YamlScalar.Inline(shortName)}\n");
        }

        yaml.Append($"place: {YamlScalar.Inline(order.Place ?? "г. Город")}\n");
        Block(yaml, "approvedBy", approvedBy);
        Block(yaml, "appendixTo", appendixTo);
        if (order.SignatoryName is { } signatory)
        {
            yaml.Append("signatory:\n  position:\n");
            foreach (var line in order.SignatoryPosition)
            {
                yaml.Append($"    - {YamlScalar.Inline(line)}\n");
            }

            yaml.Append($"  name: {YamlScalar.Inline(signatory)}\n");
        }

        yaml.Append('\n');
        yaml.Append($"documentTypeLetterSpaced: {Bool(order.KindLetterSpaced)}\n");
        yaml.Append($"requisitesLayout: {(order.RequisitesStacked ? "stacked" : "oneLine")}\n");
        yaml.Append($"dateStyle: {RussianDateText.StyleOf(order.DateText ?? string.Empty).ToString().ToLowerInvariant()}\n");
        yaml.Append($"decreeRunIn: {Bool(order.DecreeRunIn)}\n");
        if (order.DecreeWord is { } decree)
        {
            yaml.Append($"decreeCapitals: {Bool(decree.Any(char.IsUpper) && !decree.Any(char.IsLower))}\n");
            yaml.Append($"decreeLetterSpaced: {Bool(OrderWords.LetterSpaced(decree))}\n");
        }

        yaml.Append($"itemNumberTrailingDot: {Bool(order.Roadmap?.NumbersWithoutDot != true)}\n");
        return yaml.ToString();
    }

    private static void Block(StringBuilder yaml, string key, string value)
    {
        if (YamlScalar.FitsLiteralBlock(value))
        {
            yaml.Append($"{key}: |-\n");
            foreach (var line in value.Split('\n'))
            {
                yaml.Append("  ").Append(line).Append('\n');
            }
        }
        else
        {
            yaml.Append($"{key}: {YamlScalar.Inline(value)}\n");
        }
    }

    /// <summary>«МИНИСТЕРСТВО ОБРАЗОВАНИЯ И НАУКИ …» → «Министерство образования и науки …».</summary>
    private static string Sentence(string letterhead)
    {
        var lower = letterhead.ToLowerInvariant();
        return lower.Length == 0 ? "Наименование органа власти" : char.ToUpperInvariant(lower[0]) + lower[1..];
    }

    private static string Bool(bool value) => value ? "true" : "false";
}
