namespace Prikaz.Loading;

/// <summary>
/// The JSON types a schema's <c>type</c> keyword allows. The bit order is the reference validator's
/// (its <c>JsonObjectType</c>), because a value with several allowed types is checked against each
/// type in this order and the errors are reported in it.
/// </summary>
[Flags]
internal enum SchemaTypes
{
    None = 0,
    Array = 1,
    Boolean = 2,
    Integer = 4,
    Null = 8,
    Number = 16,
    Object = 32,
    String = 64,
}
