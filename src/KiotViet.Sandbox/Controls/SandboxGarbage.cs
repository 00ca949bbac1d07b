namespace KiotViet.Sandbox;

/// <summary>A malformed answer the sandbox can serve on a list route, the kinds a real server or a proxy was seen to send.</summary>
public enum SandboxGarbageKind
{
    /// <summary>Pages after the first have no <c>data</c> member.</summary>
    DataMissing,

    /// <summary>Pages after the first have <c>"data": null</c>.</summary>
    DataNull,

    /// <summary>Every tenth row is <c>null</c>.</summary>
    NullRows,

    /// <summary>Every tenth row has no <c>id</c>.</summary>
    MissingIds,

    /// <summary>No row has an <c>id</c>.</summary>
    AllIdsMissing,

    /// <summary>Every <c>id</c> is 0.</summary>
    ZeroIds,

    /// <summary>Every <c>id</c> is negative.</summary>
    NegativeIds,

    /// <summary>Ids are strings such as <c>"abc"</c>.</summary>
    IdNotNumber,

    /// <summary>No <c>total</c> member, while the data is full.</summary>
    TotalMissing,

    /// <summary><c>total</c> is 0 while the data is full.</summary>
    TotalZero,

    /// <summary><c>total</c> is negative.</summary>
    TotalNegative,

    /// <summary><c>total</c> is the largest integer: the listing runs into empty pages long before it.</summary>
    TotalHuge,

    /// <summary>Every page has new rows and a total a few pages ahead of it: without end.</summary>
    TotalGrowing,

    /// <summary>Every <c>currentItem</c> gets the first page.</summary>
    SamePage,

    /// <summary>Pages after the first are empty while <c>total</c> promises more.</summary>
    EmptyPage,

    /// <summary>Each page repeats its first row at its end.</summary>
    DuplicateRows,

    /// <summary>Pages hold at most 30 rows (and say so in <c>pageSize</c>), whatever is asked.</summary>
    CappedPageSize,

    /// <summary><c>modifiedDate</c> and <c>createdDate</c> are not dates.</summary>
    DateNotDate,

    /// <summary><c>timestamp</c> is not a date.</summary>
    TimestampNotDate,

    /// <summary><c>data</c> is an object instead of a list.</summary>
    WrongShape,

    /// <summary>The body is the JSON literal <c>null</c>.</summary>
    NullBody,

    /// <summary>Text follows the JSON document.</summary>
    TrailingText,

    /// <summary>A 200 with an HTML page, as a captive portal or a misrouted proxy sends.</summary>
    NotJson,

    /// <summary>A complete HTTP answer whose body stops half-way (Content-Length matches what is sent).</summary>
    CutOff,
}

/// <summary>Serves <see cref="Kind"/> on GET requests to exactly <see cref="Path"/> (a list route), for the next <see cref="Count"/> of them (null = without end).</summary>
public sealed record SandboxGarbage(SandboxGarbageKind Kind, string Path = "/customers", int? Count = null);
