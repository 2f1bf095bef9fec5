namespace Prikaz.Validation;

/// <summary>A problem a rule found: where (JSON Pointer into the file) and what (Russian message).</summary>
internal sealed record RuleFinding(string Pointer, string Message);
