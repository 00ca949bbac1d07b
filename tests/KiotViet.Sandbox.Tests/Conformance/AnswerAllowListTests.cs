using System.Text.RegularExpressions;
using KiotViet.Conformance;

namespace KiotViet.Sandbox.Tests.Conformance;

/// <summary>
/// Each answer field allowed beyond an operation's print (tests/fixtures/undocumented-fields.json, "answerFields")
/// really is missing from that print, is printed for the same record by every operation it cites, and names the
/// module feature that reads it.
/// </summary>
public sealed class AnswerAllowListTests
{
    public static TheoryData<string, string> Entries()
    {
        var data = new TheoryData<string, string>();
        foreach (var entry in UndocumentedAnswerFields.All)
        {
            data.Add(entry.Operation, entry.Path);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void An_allowed_answer_field_is_printed_for_the_same_record_elsewhere_and_read_by_the_module(string file, string path)
    {
        var entry = UndocumentedAnswerFields.All.Single(e => e.Operation == file && e.Path == path);
        var operation = ApiReference.Operation(file);

        Assert.DoesNotContain(path, JsonShape.FieldPaths(operation.Newest.Response));
        Assert.NotEmpty(entry.PrintedBy);
        Assert.All(entry.PrintedBy, other => Assert.True(
            ApiReference.Operation(other).Prints.Any(print => JsonShape.FieldPaths(print.Response).Select(Record).Contains(Record(path))),
            $"{other} does not print {Record(path)}"));
        Assert.False(string.IsNullOrWhiteSpace(entry.ReadBy));
    }

    // A field's path within its record: a list's data[] and a write answer's data wrapper left out.
    private static string Record(string path) => Regex.Replace(path, @"^data(\[\])?\.", "");
}
