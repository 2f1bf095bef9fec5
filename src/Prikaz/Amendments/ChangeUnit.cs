namespace Prikaz.Amendments;

/// <summary>The structural unit a change names («пункт 1.2», «пункт 2 приказа», «графа «Срок»» …).</summary>
public enum ChangeUnit
{
    /// <summary>A requisite of the order or of the file: its title, preamble, signatory, authority …; <see cref="Change.Field"/> names it.</summary>
    Order,

    /// <summary>A point or sub-point of the order's operative part.</summary>
    Point,

    /// <summary>A field of the roadmap itself (title, period, approval), or the whole appendix.</summary>
    Roadmap,

    /// <summary>The passport, or one of its fields.</summary>
    Passport,

    /// <summary>A column of the table, by key.</summary>
    Column,

    /// <summary>A section of the table.</summary>
    Section,

    /// <summary>An item (a row) of the table.</summary>
    Item,

    /// <summary>An entry of the party registry, by id.</summary>
    Party,
}
