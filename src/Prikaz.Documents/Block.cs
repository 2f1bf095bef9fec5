namespace Prikaz.Documents;

/// <summary>
/// One block of a page section. The set of kinds is closed: every writer handles each subtype
/// (a test enumerates them by reflection).
/// </summary>
public abstract record Block;
