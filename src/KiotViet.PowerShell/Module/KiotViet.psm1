# Loads the build of the cmdlet assembly that matches this PowerShell: bin/Core on PowerShell 7.4+,
# bin/Desktop on Windows PowerShell 5.1.
$edition = if ($PSVersionTable.PSEdition -eq 'Core') { 'Core' } else { 'Desktop' }
if ($edition -eq 'Core' -and $PSVersionTable.PSVersion -lt [version]'7.4') {
    throw "The KiotViet module needs PowerShell 7.4 or later (or Windows PowerShell 5.1). This is PowerShell $($PSVersionTable.PSVersion)."
}

$assembly = [System.IO.Path]::Combine($PSScriptRoot, 'bin', $edition, 'KiotViet.PowerShell.dll')

# A process loads an assembly name once: when another copy of the module (a build, an installed version) was
# imported earlier in this session, keep using its assemblies rather than fail, and say so.
# (Plain loops only: a host may have no Microsoft.PowerShell.Utility module.)
$loaded = $null
foreach ($candidate in [System.AppDomain]::CurrentDomain.GetAssemblies()) {
    if ($candidate.GetName().Name -eq 'KiotViet.PowerShell' -and $candidate.Location) { $loaded = $candidate; break }
}
if ($loaded -and $loaded.Location -ne $assembly) {
    Write-Warning "This session already loaded KiotViet's assemblies from $([System.IO.Path]::GetDirectoryName($loaded.Location)); the module keeps using them. Start a new session to use the copy in $PSScriptRoot."
    $assembly = $loaded.Location
}

# The dependency resolver must be in place before PowerShell inspects the cmdlet types, which already
# needs the engine assembly; the module's IModuleAssemblyInitializer would run too late for that.
$loader = [System.Reflection.Assembly]::LoadFrom($assembly).GetType('KiotViet.Commands.Infrastructure.ModuleAssemblyLoader', $true)
$null = $loader.GetMethod('Register').Invoke($null, $null)

$binaryModule = Import-Module -Name $assembly -PassThru -ErrorAction Stop

# Removing the KiotViet module also removes the binary module it loaded.
$ExecutionContext.SessionState.Module.OnRemove = { Remove-Module -ModuleInfo $binaryModule }
