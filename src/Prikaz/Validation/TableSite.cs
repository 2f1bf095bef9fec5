using Prikaz.Model;

namespace Prikaz.Validation;

/// <summary>A plain table of the order — an appendix's or a point's — and where it stands.</summary>
/// <param name="Pointer">JSON Pointer of the table: <c>/appendices/0/table</c>, <c>/order/points/2/table</c>.</param>
/// <param name="Whose">What it belongs to, in the genitive, for messages: «приложения № 1», «пункта 3».</param>
/// <param name="Appendix">The appendix the table is; null for a point's table, which stands in the order's portrait pages.</param>
internal sealed record TableSite(PlainTable Table, string Pointer, string Whose, Appendix? Appendix);
