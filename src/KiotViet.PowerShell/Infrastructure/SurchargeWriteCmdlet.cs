using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace KiotViet.Commands.Infrastructure;

/// <summary>
/// What Set-, Enable- and Disable-KvSurcharge share: the surcharge named by its id or, without one, by its code,
/// found in the shop's surcharge list read once per run (KiotViet documents no read of one surcharge), and that list
/// kept up to date with what each row wrote.
/// </summary>
public abstract class SurchargeWriteCmdlet : KvWriteCmdlet
{
    /// <summary>The pipeline input as it came (a CSV row, a record), kept as the target of any error.</summary>
    [Parameter(ValueFromPipeline = true, DontShow = true)]
    public override PSObject? InputObject { get; set; }

    private protected override Type? RecordType => typeof(Surcharge);

    private List<Surcharge>? surcharges;

    /// <summary>The surcharge's id; binds from the Id of piped surcharges and from an Id column.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("SurchargeId")]
    [ValidatePositiveId]
    [ArgumentCompleter(typeof(SurchargeCompleter))]
    [IdTransformation]
    public long? Id { get; set; }

    /// <summary>The surcharge's code (mã thu khác), which names it when no -Id is given.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("SurchargeCode")]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Code)]
    public string? Code { get; set; }

    /// <summary>Writes the surcharge as KiotViet then shows it to the pipeline.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    private protected override object? RowLabel => (object?)Id ?? Code;

    /// <summary>The code the row gives (on the command line for a piped surcharge), trimmed; null when none.</summary>
    private protected string? GivenCode => Given(nameof(Code)) && !string.IsNullOrWhiteSpace(Code) ? Code!.Trim() : null;

    /// <summary>
    /// The surcharge the row names (its id, else its code), as the list read once per run shows it after the writes
    /// of the rows before; false, with the row refused, when it names none the list has.
    /// </summary>
    /// <param name="verb">What the write does to it, for messages: "updated".</param>
    /// <param name="current">The surcharge found.</param>
    /// <param name="unlistedById">
    /// A surcharge named by id that the list does not show is written all the same, as itself by id alone (the doc
    /// does not say whether the list shows deactivated surcharges; KiotViet refuses an id it does not have).
    /// </param>
    private protected bool TryFindSurcharge(string verb, out Surcharge current, bool unlistedById = false)
    {
        current = null!;
        var id = Id ?? (InputObject?.BaseObject as Surcharge)?.Id;
        var code = id is null ? GivenCode : null;
        if (id is null && code is null)
        {
            RefusedBeforeSending(ErrorRecords.InvalidInput("KiotVietSurchargeNotNamed", $"A surcharge was not {verb}: give its -Id or -Code.", ErrorTarget));
            return false;
        }

        if (id is { } key)
        {
            SettleConflicting(new[] { ConflictKey(key) }); // an earlier row's write of it lands first
        }
        else
        {
            ReportAll(); // an earlier row may have given a surcharge this code
        }

        var list = ShopSurcharges();
        var found = id is { } byId ? list.FirstOrDefault(s => s.Id == byId) : list.FirstOrDefault(s => string.Equals(s.SurchargeCode?.Trim(), code, StringComparison.OrdinalIgnoreCase));
        if (found is null && unlistedById && id is { } unlisted)
        {
            found = new Surcharge { Id = unlisted };
        }

        if (found is null)
        {
            var named = id is { } missing ? $"id {missing}" : $"code '{code}'";
            RefusedBeforeSending(ErrorRecords.InvalidInput("KiotVietSurchargeNotFound", $"Surcharge {named} was not {verb}: KiotViet lists no surcharge with that {(id is null ? "code" : "id")} (Get-KvSurcharge lists them).", ErrorTarget));
            return false;
        }

        current = found;
        return true;
    }

    /// <summary>What Enable- and Disable-KvSurcharge tell a stopped run to do.</summary>
    private protected const string StateResumeAdvice = "Run the same command again: a surcharge already in that state is left alone.";

    /// <summary>Enable- and Disable-KvSurcharge: one documented operation, the state asked for its only field.</summary>
    private protected void WriteState(bool active)
    {
        var verb = active ? "activated" : "deactivated";
        if (!TryFindSurcharge(verb, out var current, unlistedById: active))
        {
            return;
        }

        if (Id is not null && GivenCode is { } code && !string.Equals(code, current.SurchargeCode?.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            RefusedBeforeSending(ErrorRecords.InvalidInput("KiotVietSurchargeNotNamed", $"Surcharge id {current.Id} was not {verb}: its code is {current.SurchargeCode}, not {code}.", ErrorTarget));
            return;
        }

        if (current.IsActive == active)
        {
            UnchangedInTurn($"{Describe(current)} already is {(active ? "active" : "inactive")}: nothing sent.", PassThru ? () => WriteObject(current) : null);
            return;
        }

        if (!ShouldProcess(Describe(current), active ? "Activate KiotViet surcharge" : "Deactivate KiotViet surcharge"))
        {
            return;
        }

        Submit(ErrorTarget, ct => Shop.Surcharges.SetActiveAsync(current, active, ct), Written, conflictKeys: new[] { ConflictKey(current.Id) });
    }

    /// <summary>The conflict key of a surcharge's writes: no two rows write the same surcharge at once.</summary>
    private protected static string ConflictKey(long id) => $"surcharge:{id}";

    /// <summary>How ShouldProcess names a surcharge: "surcharge THK000001 Phí giao hàng (id 800001)".</summary>
    private protected static string Describe(Surcharge s) => $"surcharge {s.SurchargeCode} {s.SurchargeName} (id {s.Id})";

    /// <summary>Keeps the run's list as KiotViet now shows the surcharge a row wrote, and passes it on when asked.</summary>
    private protected void Written(Surcharge written)
    {
        var list = ShopSurcharges();
        var at = list.FindIndex(s => s.Id == written.Id);
        if (at >= 0)
        {
            list[at] = written;
        }

        if (PassThru)
        {
            WriteObject(written);
        }
    }

    private List<Surcharge> ShopSurcharges() => ReadOncePerRun(ref surcharges, () => Await(ct => Shop.Surcharges.ListAllAsync(ct)), "surcharges");
}
