using Prikaz.Diagnostics;

namespace Prikaz.Validation;

/// <summary>A problem a rule found: where (JSON Pointer into the file) and what (Russian message).</summary>
/// <param name="Severity">When set, this finding's severity instead of the rule's (a signed original's own mistakes are kept and only reported).</param>
internal sealed record RuleFinding(string Pointer, string Message, Severity? Severity = null);
