namespace Prikaz.Validation;

/// <summary>
/// What a rule says of a mistake of a signed original (a file with <c>editions:</c>) that it reports
/// instead of refusing: the signed numbering is law, it changes only by an amendment order.
/// </summary>
internal static class SignedOriginal
{
    public const string Kept = "; в подписанном приказе номер сохранён как подписан (изменить его можно только приказом о внесении изменений)";
}
