using System.Reflection;
using System.Text.Json.Serialization.Metadata;

namespace Prikaz.Schema;

/// <summary>
/// Keeps the initializers of init-only properties (<c>Points = []</c>, <c>MarginTop = 20</c>) when a
/// file leaves them out. Source-generated contracts build such records with an object initializer
/// that assigns every init-only property, the missing ones as <c>default</c>, so a missing list
/// became <c>null</c> (dotnet/runtime#84484). This modifier constructs the record with its
/// parameterless constructor and sets only the properties present, as reflection-based binding did.
/// The constructor and the setters come from the contract's own attribute providers, which the
/// source generator emits with their names, so the trimmer keeps them.
/// </summary>
internal static class InitOnlyInitializers
{
    public static void Keep(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object
            || typeInfo.ConstructorAttributeProvider is not ConstructorInfo { } constructor
            || constructor.GetParameters().Length > 0)
        {
            return;
        }

        // Setting CreateObject switches binding from the generated initializer to property setters.
        typeInfo.CreateObject = () => constructor.Invoke(null);
        foreach (var property in typeInfo.Properties)
        {
            if (property.AttributeProvider is PropertyInfo { SetMethod: not null } member)
            {
                property.Set = (target, value) => member.SetValue(target, value);
            }
        }
    }
}
