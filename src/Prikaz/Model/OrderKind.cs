namespace Prikaz.Model;

/// <summary>The kind of administrative document; decides the heading word («ПРИКАЗ», «РАСПОРЯЖЕНИЕ»).</summary>
public enum OrderKind
{
    Order,
    Directive,
}
