using Prikaz.Model;

namespace Prikaz.Numbering;

/// <summary>An appendix with its number and its place in the YAML.</summary>
/// <param name="Number">1, 2, … in the order of <c>appendices:</c>; 1 for the single <c>roadmap:</c>.</param>
/// <param name="IsNumbered">False when the order has one appendix: it is printed «Приложение», without a number.</param>
/// <param name="Pointer">JSON Pointer of the appendix: <c>/appendices/1</c>, or <c>/roadmap</c> for the single roadmap.</param>
public sealed record NumberedAppendix(Appendix Appendix, int Number, bool IsNumbered, string Pointer)
{
    /// <summary>JSON Pointer of the appendix's roadmap: <c>/roadmap</c> or <c>/appendices/1/roadmap</c>.</summary>
    public string RoadmapPointer => Pointer == "/roadmap" ? Pointer : Pointer + "/roadmap";
}
