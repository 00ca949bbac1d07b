using System;
using System.Management.Automation;
using System.Net;
using System.Security;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Connects to a KiotViet shop through the Public API.</para>
/// </summary>
[Cmdlet(VerbsCommunications.Connect, "KiotViet", DefaultParameterSetName = EnvironmentSet)]
[OutputType(typeof(KiotVietConnection))]
public sealed class ConnectKiotVietCommand : KvCmdlet
{
    public const string RetailerVariable = "KIOTVIET_RETAILER";
    public const string ClientIdVariable = "KIOTVIET_CLIENT_ID";
    public const string ClientSecretVariable = "KIOTVIET_CLIENT_SECRET";
    public const string ApiBaseUriVariable = "KIOTVIET_API_BASE_URI";
    public const string TokenUriVariable = "KIOTVIET_TOKEN_URI";

    private const string SecretSet = "ClientSecret";
    private const string CredentialSet = "Credential";
    private const string EnvironmentSet = "EnvironmentVariable";
    private const string SecretManagementSet = "SecretManagement";

    /// <summary>The shop name, e.g. 'myshop' for myshop.kiotviet.vn. Defaults to $env:KIOTVIET_RETAILER.</summary>
    [Parameter(Position = 0, Mandatory = true, ParameterSetName = SecretSet)]
    [Parameter(Position = 0, Mandatory = true, ParameterSetName = CredentialSet)]
    [Parameter(Position = 0, ParameterSetName = EnvironmentSet)]
    [Parameter(Position = 0, Mandatory = true, ParameterSetName = SecretManagementSet)]
    [ValidateNotNullOrEmpty]
    [ValidateShopText(TextLimits.Code)]
    public string? Retailer { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = SecretSet)]
    [ValidateNotNullOrEmpty]
    [ValidateShopText(TextLimits.Name)]
    public string? ClientId { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = SecretSet)]
    [ValidateNotNull]
    public SecureString? ClientSecret { get; set; }

    /// <summary>Client id as the user name, client secret as the password (Azure Automation credential assets, Get-Secret).</summary>
    [Parameter(Mandatory = true, ParameterSetName = CredentialSet)]
    [Credential]
    [ValidateNotNull]
    public PSCredential? Credential { get; set; }

    /// <summary>
    /// Name of a SecretManagement secret holding the client id (user name) and client secret (password) as a
    /// PSCredential. Read at run time with Get-Secret; Microsoft.PowerShell.SecretManagement must be installed.
    /// </summary>
    [Parameter(Mandatory = true, ParameterSetName = SecretManagementSet)]
    [ValidateNotNullOrEmpty]
    public string? SecretName { get; set; }

    /// <summary>The SecretManagement vault holding -SecretName; defaults to the default vault.</summary>
    [Parameter(ParameterSetName = SecretManagementSet)]
    [ValidateNotNullOrEmpty]
    public string? Vault { get; set; }

    /// <summary>Read retailer, client id and secret from KIOTVIET_RETAILER, KIOTVIET_CLIENT_ID, KIOTVIET_CLIENT_SECRET (the default when no credential is given).</summary>
    [Parameter(ParameterSetName = EnvironmentSet)]
    public SwitchParameter FromEnvironment { get; set; }

    [Parameter]
    public KiotVietEdition Edition { get; set; } = KiotVietEdition.Retail;

    /// <summary>Overrides the edition's API address, e.g. the local sandbox. HTTPS unless loopback. Defaults to $env:KIOTVIET_API_BASE_URI when set.</summary>
    [Parameter]
    [ValidateNotNull]
    public Uri? ApiBaseUri { get; set; }

    /// <summary>Overrides the edition's token endpoint. HTTPS unless loopback. Defaults to $env:KIOTVIET_TOKEN_URI when set.</summary>
    [Parameter]
    [ValidateNotNull]
    public Uri? TokenUri { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Scope { get; set; }

    /// <summary>Client-side budget of GET requests per rolling hour (the API allows 5000).</summary>
    [Parameter]
    [ValidateRange(1, 100000)]
    public int MaxGetRequestsPerHour { get; set; } = KiotVietConnectionOptions.DefaultGetRequestsPerHour;

    /// <summary>How long a request that keeps failing transiently (5xx, 429, timeouts, dropped connections) is retried, from its first failure.</summary>
    [Parameter]
    [ValidateDuration(86400)]
    public TimeSpan RetryWindow { get; set; } = KiotVietConnectionOptions.DefaultRetryWindow;

    /// <summary>At most this many retries per request (a write with its lookups counts as one), within -RetryWindow; 0 fails fast. Not set: the window decides.</summary>
    [Parameter]
    [ValidateRange(0, 1000)]
    public int MaxRetryCount { get; set; }

    /// <summary>First back-off delay after a failure; it doubles on each retry.</summary>
    [Parameter]
    [ValidateDuration(600)]
    public TimeSpan InitialRetryDelay { get; set; } = KiotVietConnectionOptions.DefaultInitialRetryDelay;

    /// <summary>How many creates or updates a bulk write (Import-Csv | New-KvCustomer) keeps in flight at once; 1 sends them one at a time. Output stays in input order.</summary>
    [Parameter]
    [ValidateRange(1, KiotVietConnectionOptions.MostWritesInFlight)]
    public int MaxWritesInFlight { get; set; } = KiotVietConnectionOptions.DefaultMaxWritesInFlight;

    [Parameter]
    [ValidateRange(1, 3600)]
    public int TimeoutSec { get; set; } = (int)KiotVietConnectionOptions.DefaultRequestTimeout.TotalSeconds;

    /// <summary>Returns the connection instead of making it the session's current one.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void End()
    {
        KiotVietConnection connection;
        try
        {
            connection = new KiotVietConnection(BuildOptions());
        }
        catch (ArgumentException ex)
        {
            ThrowTerminatingError(ErrorRecords.InvalidInput("KiotVietInvalidConnectionSettings", ex.Message, null));
            return;
        }

        try
        {
            Await(async ct => { await connection.ConnectAsync(ct).ConfigureAwait(false); return true; });
        }
        catch (KiotVietApiException ex)
        {
            connection.Dispose();
            ThrowTerminatingError(ErrorRecords.FromApi(ex, Retailer));
        }

        WriteVerbose($"Connected to {connection}.");
        if (PassThru)
        {
            WriteObject(connection);
            return;
        }

        var previous = ConnectionRegistry.Get();
        ConnectionRegistry.Set(connection);
        previous?.Dispose();
    }

    private KiotVietConnectionOptions BuildOptions()
    {
        var options = new KiotVietConnectionOptions
        {
            Edition = Edition,
            ApiBaseUri = ApiBaseUri ?? OptionalUriVariable(ApiBaseUriVariable),
            TokenUri = TokenUri ?? OptionalUriVariable(TokenUriVariable),
            Scope = Scope,
            GetRequestsPerHour = MaxGetRequestsPerHour,
            RetryWindow = RetryWindow,
            MaxRetries = MyInvocation.BoundParameters.ContainsKey(nameof(MaxRetryCount)) ? MaxRetryCount : null,
            InitialRetryDelay = InitialRetryDelay,
            RequestTimeout = TimeSpan.FromSeconds(TimeoutSec),
            MaxWritesInFlight = MaxWritesInFlight,
        };

        switch (ParameterSetName)
        {
            case SecretSet:
                options.Retailer = Retailer!;
                options.ClientId = ClientId!;
                options.ClientSecret = Reveal(ClientSecret!);
                break;
            case CredentialSet:
                options.Retailer = Retailer!;
                options.ClientId = Credential!.UserName;
                options.ClientSecret = Reveal(Credential.Password);
                break;
            case SecretManagementSet:
                var stored = ReadSecretManagementCredential();
                options.Retailer = Retailer!;
                options.ClientId = stored.UserName;
                options.ClientSecret = Reveal(stored.Password);
                break;
            default:
                options.Retailer = Retailer ?? RequiredVariable(RetailerVariable);
                options.ClientId = RequiredVariable(ClientIdVariable);
                options.ClientSecret = new KiotViet.ClientSecret(RequiredVariable(ClientSecretVariable));
                break;
        }

        return options;
    }

    /// <summary>Get-Secret through the module-qualified name, so there is no hard dependency on SecretManagement.</summary>
    private PSCredential ReadSecretManagementCredential()
    {
        const string script = "param($name, $vault) $p = @{ Name = $name; ErrorAction = 'Stop' }; if ($vault) { $p.Vault = $vault }; Microsoft.PowerShell.SecretManagement\\Get-Secret @p";
        System.Collections.ObjectModel.Collection<PSObject> found;
        try
        {
            found = InvokeCommand.InvokeScript(script, false, System.Management.Automation.Runspaces.PipelineResultTypes.None, null, SecretName, Vault);
        }
        catch (CommandNotFoundException)
        {
            throw new ArgumentException("-SecretName needs the Microsoft.PowerShell.SecretManagement module: Install-PSResource Microsoft.PowerShell.SecretManagement, and register a vault.");
        }
        catch (RuntimeException ex)
        {
            throw new ArgumentException($"Get-Secret could not read '{SecretName}': {ex.Message}");
        }

        return found.Count == 1 && found[0]?.BaseObject is PSCredential credential
            ? credential
            : throw new ArgumentException($"The secret '{SecretName}' must be a PSCredential: client id as the user name, client secret as the password (Set-Secret -Name {SecretName} -Secret (Get-Credential)).");
    }

    private static ClientSecret Reveal(SecureString secret)
    {
        var plain = new NetworkCredential(string.Empty, secret).Password;
        if (string.IsNullOrEmpty(plain))
        {
            throw new ArgumentException("The client secret is empty.");
        }

        return new ClientSecret(plain);
    }

    /// <summary>An address from the environment (every runbook pointed at the sandbox or a proxy at once), or null.</summary>
    private static Uri? OptionalUriVariable(string name)
    {
        var value = Environment.GetEnvironmentVariable(name);
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return Uri.TryCreate(value!.Trim(), UriKind.Absolute, out var uri)
            ? uri
            : throw new ArgumentException($"Environment variable {name} is not an absolute address: '{value}'.");
    }

    private static string RequiredVariable(string name)
    {
        var value = Environment.GetEnvironmentVariable(name);
        return string.IsNullOrWhiteSpace(value)
            ? throw new ArgumentException($"Environment variable {name} is not set. Set {RetailerVariable}, {ClientIdVariable} and {ClientSecretVariable}, or pass -Retailer with -ClientId/-ClientSecret or -Credential.")
            : value!;
    }
}
