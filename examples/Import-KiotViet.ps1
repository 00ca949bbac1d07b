<#
.SYNOPSIS
    Imports KiotViet for the examples: the installed module (Install-PSResource KiotViet), else the one this clone's
    build staged (dotnet pwsh ./build.ps1 -Task Build writes out/KiotViet), else stops with what to do.
#>
if (Get-Module KiotViet) { return }
if (Get-Module KiotViet -ListAvailable) { Import-Module KiotViet -ErrorAction Stop; return }
$staged = Join-Path $PSScriptRoot '../out/KiotViet/KiotViet.psd1'
if (Test-Path $staged) { Import-Module $staged -ErrorAction Stop; return }
throw 'KiotViet is not installed and this clone has no build of it. Install it (Install-PSResource KiotViet), or build it here first: dotnet pwsh ./build.ps1 -Task Build'
