namespace Prikaz.Loading;

/// <summary>
/// What a <see cref="SchemaError"/> is about: the error kinds of the reference validator for the
/// keywords our schemas use, named as there so that the test comparing the two
/// (SchemaValidatorOracleTests) maps them by name.
/// </summary>
internal enum SchemaErrorKind
{
    NoAdditionalPropertiesAllowed,
    PropertyRequired,
    PatternMismatch,
    NotInEnumeration,
    DateExpected,
    TooFewItems,
    NoTypeValidates,
    StringExpected,
    NumberExpected,
    IntegerExpected,
    BooleanExpected,
    ObjectExpected,
    ArrayExpected,
    NullExpected,

    /// <summary>An array item does not conform; <see cref="SchemaError.Errors"/> say why.</summary>
    ArrayItemNotValid,

    /// <summary>A member checked by an <c>additionalProperties</c> schema does not conform; <see cref="SchemaError.Errors"/> say why.</summary>
    AdditionalPropertiesNotValid,

    /// <summary>
    /// Nesting beyond the validator's depth limit (the reference validator has none). The YAML reader
    /// stops shallower documents, so only a tree built in code reaches it.
    /// </summary>
    TooDeep,
}
