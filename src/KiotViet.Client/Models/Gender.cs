namespace KiotViet;

/// <summary>KiotViet stores gender as a boolean (true = male).</summary>
public enum Gender
{
    Female = 0,
    Male = 1,
}
